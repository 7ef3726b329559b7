// Creates a staff account: npm run staff:create -- --email E --role R [--name N]
// The password is read from a hidden prompt, or from the first line of stdin.
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "@/db";
import {
  createStaffUser,
  newStaffSchema,
  StaffExistsError,
} from "@/lib/auth/staff";
import { readSecret } from "./lib/prompt";
import { prepareDatabase } from "./lib/runtime";

const USAGE =
  "Usage: npm run staff:create -- --email EMAIL --role admin|support|viewer [--name NAME]\n" +
  "The password (at least 12 characters) is read from a prompt, or from stdin when piped.";

async function main(): Promise<number> {
  let values: { email?: string; role?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const partial = newStaffSchema
    .omit({ password: true })
    .safeParse({ email: values.email, role: values.role, name: values.name });
  if (!partial.success) {
    console.error(formatIssues(partial.error));
    console.error(USAGE);
    return 2;
  }

  const password = await readSecret("Password: ");
  if (process.stdin.isTTY) {
    const again = await readSecret("Repeat the password: ");
    if (again !== password) {
      console.error("The two passwords differ; nothing was created.");
      return 2;
    }
  }
  const input = newStaffSchema.safeParse({ ...partial.data, password });
  if (!input.success) {
    console.error(formatIssues(input.error));
    return 2;
  }

  const runtime = await prepareDatabase();
  try {
    const created = await createStaffUser(
      getDb(),
      { id: null, email: "cli:staff:create" },
      input.data,
    );
    console.log(
      `Created ${created.role} account ${created.email} (id ${created.id}).`,
    );
    return 0;
  } catch (error) {
    if (error instanceof StaffExistsError) {
      console.error(`${error.message} Nothing was changed.`);
      return 1;
    }
    throw error;
  } finally {
    await closeDb();
    await runtime.stop();
  }
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map(
      (issue) =>
        `Invalid --${issue.path.join(".") || "input"}: ${issue.message}`,
    )
    .join("\n");
}

process.exitCode = await main();
