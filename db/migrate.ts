import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { childLogger } from "@/lib/logger";

const log = childLogger("migrate");

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations that `url` has not seen yet. */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    log.info({ ms: Date.now() - started }, "migrations applied");
  } finally {
    await client.end();
  }
}
