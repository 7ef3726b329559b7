import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { schema, type Database } from "@/db";
import { startEmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";

export interface CapturedQuery {
  text: string;
  params: unknown[];
}

export interface BenchDatabase {
  db: Database;
  pool: pg.Pool;
  /** "embedded" or the host of DATABASE_URL. */
  where: string;
  serverVersion: string;
  /** Records the statements that `db` sends while `task` runs. */
  capture(task: () => Promise<unknown>): Promise<CapturedQuery[]>;
  close(): Promise<void>;
}

/**
 * Opens an empty, migrated database that is thrown away on close: a fresh
 * embedded PostgreSQL, or with DATABASE_URL a new database on that server
 * (the database the URL names is never touched).
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const stops: (() => Promise<void>)[] = [];
  let url: string;
  let where: string;
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    url = await createScratchDatabase(server, stops);
    where = server.host;
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), "backoffice-bench-"));
    // mkdtemp makes the folder private, but the server's OS user must enter it.
    chmodSync(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({
      dataDir,
      databaseName: "bench",
      ephemeral: true,
    });
    stops.push(() => embedded.stop());
    url = embedded.url;
    where = "embedded";
  }

  try {
    await runMigrations(url);
  } catch (error) {
    for (const stop of stops.reverse()) await stop();
    throw error;
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  let recording: CapturedQuery[] | null = null;
  const db = drizzle(pool, {
    schema,
    logger: {
      logQuery: (text, params) => recording?.push({ text, params }),
    },
  });
  const version = await pool.query<{ v: string }>(
    "select current_setting('server_version') as v",
  );

  return {
    db,
    pool,
    where,
    serverVersion: version.rows[0]?.v ?? "?",
    async capture(task) {
      recording = [];
      try {
        await task();
        return recording;
      } finally {
        recording = null;
      }
    },
    async close() {
      await pool.end();
      for (const stop of stops.reverse()) await stop();
    },
  };
}

async function createScratchDatabase(
  server: URL,
  stops: (() => Promise<void>)[],
): Promise<string> {
  const name = `bench_${randomBytes(6).toString("hex")}`;
  const admin = new URL(server);
  admin.pathname = "/postgres";
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  stops.push(() => run(`drop database if exists ${name} with (force)`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}
