import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { demoPasswords, type DemoPasswords } from "@/lib/demo/staff";

export interface DemoCredentials {
  passwords: DemoPasswords;
  /** File that keeps the passwords, or null when DEMO_PASSWORD gave them. */
  file: string | null;
}

function complete(value: unknown): value is DemoPasswords {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return STAFF_ROLES.every(
    (role) => typeof record[role] === "string" && record[role] !== "",
  );
}

/**
 * Returns the demo accounts' passwords: DEMO_PASSWORD for all three when
 * set, else those kept in <dataDir>/demo-credentials.json, generated on
 * first use.
 * The file is written before seeding, so a crash cannot lose a password
 * that is already in the database.
 */
export function loadDemoCredentials(dataDir: string): DemoCredentials {
  if (process.env.DEMO_PASSWORD) {
    return { passwords: demoPasswords(process.env.DEMO_PASSWORD), file: null };
  }
  const file = path.join(dataDir, "demo-credentials.json");
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as {
      passwords?: unknown;
    };
    if (complete(stored.passwords))
      return { passwords: stored.passwords, file };
  }
  const passwords = demoPasswords("");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      { note: "Passwords of the demo staff accounts", passwords },
      null,
      2,
    ) + "\n",
    { mode: 0o600 },
  );
  chmodSync(file, 0o600);
  return { passwords, file };
}
