import path from "node:path";
import { createConnection } from "@/db";
import { seedDemo } from "@/lib/demo/seed";
import { DEMO_STAFF, syncDemoPasswords } from "@/lib/demo/staff";
import { buildNeeded } from "./build-check";
import { loadDemoCredentials, type DemoCredentials } from "./demo-credentials";
import { ensureDemoLogs, ingestDemoLogs } from "./demo-logs";
import { checkPortFree } from "./port";
import {
  DATA_DIR,
  prepareAuthEnvironment,
  prepareDatabase,
  run,
  supervise,
  type Runtime,
} from "./runtime";
import { formatCount, say, step } from "./terminal";

const HEALTH_TIMEOUT_MS = 120_000;

async function waitForHealth(port: number): Promise<boolean> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

// The demo answers on this machine only unless HOST sets another address (for
// example HOST=0.0.0.0 to reach it from another machine).
const HOST = process.env.HOST ?? "127.0.0.1";

function appUrl(port: number): string {
  const shown = HOST === "0.0.0.0" || HOST === "::" ? "127.0.0.1" : HOST;
  return `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}`;
}

function printSignIns(
  port: number,
  credentials: DemoCredentials,
  secretGenerated: boolean,
) {
  const width = Math.max(...DEMO_STAFF.map((staff) => staff.email.length));
  say("");
  say(`The backoffice is running at ${appUrl(port)}`);
  say("Sign in as:");
  for (const staff of DEMO_STAFF) {
    say(
      `  ${staff.role.padEnd(8)} ${staff.email.padEnd(width)}  ${credentials.passwords[staff.role]}`,
    );
  }
  say("");
  if (credentials.file) {
    say(
      `These passwords were generated for this machine and are kept in ${credentials.file}.`,
    );
  } else {
    say("These passwords come from DEMO_PASSWORD.");
  }
  if (secretGenerated) {
    const file = path.join(DATA_DIR, "secrets.json");
    say(
      `The session secret (NEXTAUTH_SECRET) was generated for this machine and is kept in ${file}.`,
    );
  }
  if (credentials.file || secretGenerated) {
    say(
      "Only your account can read these files. Set DEMO_PASSWORD and NEXTAUTH_SECRET to choose your own.",
    );
  }
  say("Press Ctrl-C to stop the app and the database.");
}

/** Seeds, generates and ingests the demo logs, builds, then serves. */
export async function runDemo(
  appLogLevel: string | undefined,
): Promise<number> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    say(`PORT must be a number from 1 to 65535, not "${process.env.PORT}".`);
    return 2;
  }
  const root = process.cwd();
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  // `next` is found on PATH; npm adds node_modules/.bin, a direct tsx run
  // does not.
  process.env.PATH = `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`;
  try {
    await checkPortFree(port);
  } catch (error) {
    say(`✗ ${(error as Error).message}`);
    return 1;
  }

  const secretGenerated = !process.env.NEXTAUTH_SECRET;
  prepareAuthEnvironment();
  const started: { runtime?: Runtime; stopping?: boolean } = {};
  // Until `next start` runs, Ctrl-C must still stop PostgreSQL.
  const stopEarly = async () => {
    // npm passes the signal on as well, so it can arrive twice.
    if (started.stopping) return;
    started.stopping = true;
    say("\nStopping…");
    await started.runtime?.stop();
    process.exit(130);
  };
  process.on("SIGINT", stopEarly);
  process.on("SIGTERM", stopEarly);

  const runtime = await step(
    "Database",
    () => prepareDatabase(),
    (value) =>
      (value.embedded
        ? `embedded PostgreSQL, data under ${DATA_DIR}`
        : "DATABASE_URL") + ", migrations applied",
  );
  started.runtime = runtime;
  const { db, pool } = createConnection(runtime.databaseUrl, 4);
  try {
    const credentials = loadDemoCredentials(DATA_DIR);
    await step(
      "Demo data",
      async () => {
        const seeded = await seedDemo(db, { passwords: credentials.passwords });
        const reset = seeded.seeded
          ? []
          : await syncDemoPasswords(db, credentials.passwords);
        return { seeded, reset };
      },
      ({ seeded, reset }) =>
        seeded.seeded
          ? Object.entries(seeded.counts)
              .map(
                ([table, count]) =>
                  `${formatCount(count)} ${table.replace(/_/g, " ")}`,
              )
              .join(", ")
          : `already seeded, kept${reset.length ? `; password reset for ${reset.join(", ")}` : ""}`,
    );
    const logsRoot = path.join(DATA_DIR, "demo-logs");
    await step(
      "Demo logs",
      () => ensureDemoLogs(db, logsRoot),
      (value) =>
        value.generated
          ? `generated ${formatCount(value.lines)} lines in ${value.files} files under ${logsRoot}`
          : `kept ${logsRoot}`,
    );
    const summary = await step(
      "Log ingestion",
      () => ingestDemoLogs(db, logsRoot),
      (value) =>
        value.linesRead === 0 && value.errors.length === 0
          ? `nothing new (${value.files} files already ingested)`
          : `${value.files} files (${value.filesSkipped} already done), ${formatCount(value.linesRead)} lines read, ` +
            `${formatCount(value.recordsStored)} records stored (${formatCount(value.unknownRecords)} unparsed), ` +
            `${value.errors.length} errors`,
    );
    for (const error of summary.errors)
      say(`  ✗ ${error.file}: ${error.message}`);
    await pool.end();

    const reason = buildNeeded(root, distDir);
    if (reason) {
      say(`… Building the app (${reason}); next build follows`);
      const code = await run("next", ["build"]);
      if (code !== 0)
        throw new Error(`next build failed with exit code ${code}`);
      say("✓ Build: done");
    } else {
      say(`✓ Build: ${distDir}/ is up to date`);
    }

    await checkPortFree(port);
    process.off("SIGINT", stopEarly);
    process.off("SIGTERM", stopEarly);
    if (appLogLevel === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = appLogLevel;
    say(`… Starting next on port ${port}`);
    const child = supervise(
      "next",
      ["start", "-p", String(port), "-H", HOST],
      runtime.stop,
    );
    if (!(await waitForHealth(port))) {
      say(
        `✗ The app did not answer on http://127.0.0.1:${port}/api/health within ${HEALTH_TIMEOUT_MS / 1000} s.`,
      );
      child.kill("SIGINT");
      return 1;
    }
    printSignIns(port, credentials, secretGenerated);
    return 0;
  } catch (error) {
    // A step that failed because Ctrl-C stopped it: stopEarly is exiting.
    if (started.stopping) return 130;
    await pool.end().catch(() => undefined);
    await runtime.stop();
    throw error;
  }
}
