import type pg from "pg";

/**
 * Runs `load` with the tables' secondary indexes dropped, then builds them
 * again from their own definitions (the migrations' indexes, unchanged) and
 * analyses the tables: much faster than filling every index row by row.
 * Indexes that back a constraint (primary and unique keys) stay.
 */
export async function withIndexesRebuilt(
  pool: pg.Pool,
  tables: string[],
  load: (client: pg.PoolClient) => Promise<void>,
): Promise<void> {
  const client = await pool.connect();
  try {
    const found = await client.query<{ name: string; definition: string }>(
      `select i.indexrelid::regclass::text as name,
              pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       where i.indrelid = any($1::regclass[])
         and not exists (select 1 from pg_constraint c
                         where c.conindid = i.indexrelid)`,
      [tables],
    );
    for (const index of found.rows) {
      await client.query(`drop index ${index.name}`);
    }
    await load(client);
    // Trigram GIN builds are the slowest part, and more memory shortens them.
    await client.query("set maintenance_work_mem = '512MB'");
    for (const index of found.rows) await client.query(index.definition);
    for (const table of tables) await client.query(`vacuum analyze ${table}`);
  } finally {
    client.release();
  }
}
