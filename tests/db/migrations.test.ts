import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../database";

describe("migrations", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  it("create every table", async () => {
    const result = await testDb.pool.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    const names = result.rows.map((row) => row.table_name);
    for (const table of [
      "audit_events",
      "customers",
      "log_events",
      "log_files",
      "payments",
      "point_transactions",
      "staff_users",
    ]) {
      expect(names).toContain(table);
    }
  });

  it("enable pg_trgm", async () => {
    const result = await testDb.pool.query(
      "select 1 from pg_extension where extname = 'pg_trgm'",
    );
    expect(result.rowCount).toBe(1);
  });
});
