import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createConnection, type Database } from "@/db";
import { TEMPLATE_DATABASE, withDatabase } from "./global-setup";

export interface TestDatabase {
  url: string;
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * Creates a fresh, migrated database copied from the template, so each test
 * file works on its own data against the real server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("databaseServerUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const { db, pool } = createConnection(url, 12);
  return {
    url,
    db,
    pool,
    async close() {
      await pool.end();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
