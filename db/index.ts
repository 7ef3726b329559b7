import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/logger";
import * as schema from "./schema";

const log = childLogger("db");

export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

interface Connection {
  pool: pg.Pool;
  db: Database;
}

// Next.js dev reloads modules on every change; keeping the pool on
// globalThis stops each reload from opening a new set of connections.
const globalForDb = globalThis as unknown as { backofficeDb?: Connection };

export function createConnection(url: string, max = 10): Connection {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server (PostgreSQL stopping) emits an error
  // that would otherwise crash the process.
  pool.on("error", (error) => log.warn({ err: error }, "idle client error"));
  // A checked-out client whose server shuts down mid-query emits "error" on
  // itself; the query still rejects, so logging here is enough.
  pool.on("connect", (client) => {
    client.on("error", (error) =>
      log.warn({ err: error }, "database connection error"),
    );
  });
  return { pool, db: drizzle(pool, { schema }) };
}

function connection(): Connection {
  globalForDb.backofficeDb ??= createConnection(env().DATABASE_URL);
  return globalForDb.backofficeDb;
}

export function getDb(): Database {
  return connection().db;
}

export function getPool(): pg.Pool {
  return connection().pool;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.backofficeDb;
  globalForDb.backofficeDb = undefined;
  await current?.pool.end();
}

export { schema };
