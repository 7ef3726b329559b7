// Starts the production build for the end-to-end tests on a throwaway
// embedded PostgreSQL: migrated, seeded with the demo data, with the bundled
// log excerpt ingested. Playwright runs it as its webServer.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { closeDb, getDb } from "@/db";
import { startEmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { createStaffUser } from "@/lib/auth/staff";
import { seedDemo } from "@/lib/demo/seed";
import { ingestPaths } from "@/lib/logs/ingest";
import { prepareAuthEnvironment, supervise } from "./lib/runtime";

const port = process.env.E2E_PORT ?? "3123";
const dataDir = mkdtempSync(path.join(tmpdir(), "backoffice-e2e-"));
chmodSync(dataDir, 0o755);
process.env.BACKOFFICE_DATA_DIR = dataDir;

const database = await startEmbeddedPostgres({
  dataDir,
  databaseName: "backoffice",
  ephemeral: true,
});
process.env.DATABASE_URL = database.url;
try {
  await prepareData();
} catch (error) {
  // The server would otherwise outlive this process.
  await database.stop();
  throw error;
}

prepareAuthEnvironment();
supervise("next", ["start", "-p", port, "-H", "127.0.0.1"], async () => {
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function prepareData(): Promise<void> {
  await runMigrations(database.url);
  await seedDemo(getDb());
  // Signing out ends every session of an account, so the sign-out test uses
  // an account of its own and leaves the role sessions of other specs alone.
  await createStaffUser(
    getDb(),
    { id: null, email: "e2e-setup" },
    {
      email: "signout@demo.local",
      role: "support",
      password: process.env.DEMO_PASSWORD ?? "",
    },
  );

  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000)
    .toISOString()
    .slice(0, 10);
  const summary = await ingestPaths(
    getDb(),
    [path.join(process.cwd(), "fixtures", "logs", "seed-excerpt.log")],
    { server: "survival", timeZone: "UTC", date: yesterday },
  );
  console.log(
    `e2e: ingested ${summary.recordsStored} records from the excerpt (${yesterday})`,
  );
  await closeDb();
}
