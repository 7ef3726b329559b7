import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { EXCERPT_PLAYERS, PLAYER_NAME_PATTERN } from "./players";
import { seedDemo } from "./seed";

const PASSWORD = "demo-password-for-tests";
const NOW = new Date("2025-03-14T15:00:00Z");
const TABLES = [
  "staff_users",
  "roles",
  "customers",
  "customer_roles",
  "payments",
  "point_transactions",
  "bans",
  "audit_events",
];

let database: TestDatabase;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return (await database.db.execute(query)).rows as T[];
}

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await rows<{ n: number }>(
      sql.raw(`select count(*)::int as n from ${table}`),
    );
    counts[table] = row!.n;
  }
  return counts;
}

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DEMO_PASSWORD = PASSWORD;
  const started = Date.now();
  const result = await seedDemo(database.db, { now: NOW });
  expect(result.seeded).toBe(true);
  // Multi-row inserts keep the whole seed near a second (argon2 included).
  expect(Date.now() - started).toBeLessThan(15_000);
});

afterAll(async () => {
  delete process.env.DEMO_PASSWORD;
  await database?.close();
});

describe("seedDemo", () => {
  it("creates at least 500 customers with valid, case-insensitively unique names", async () => {
    const customers = await rows<{
      player_name: string;
      joined_at: string;
      last_seen_at: string;
    }>(sql`select player_name, joined_at, last_seen_at from customers`);
    expect(customers.length).toBeGreaterThanOrEqual(500);
    const lower = new Set(customers.map((c) => c.player_name.toLowerCase()));
    expect(lower.size).toBe(customers.length);
    for (const customer of customers) {
      expect(customer.player_name).toMatch(PLAYER_NAME_PATTERN);
      const lastSeen = new Date(customer.last_seen_at).getTime();
      expect(lastSeen).toBeGreaterThan(new Date(customer.joined_at).getTime());
      expect(lastSeen).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it("includes the players of the real log excerpt with their UUIDs", async () => {
    for (const player of EXCERPT_PLAYERS) {
      const found = await rows<{ minecraft_uuid: string }>(
        sql`select minecraft_uuid from customers where player_name = ${player.name}`,
      );
      expect(found, player.name).toEqual([{ minecraft_uuid: player.uuid }]);
    }
  });

  it("keeps every balance equal to its ledger, with right running balances", async () => {
    const mismatched = await rows(sql`
      select c.id from customers c
      left join point_transactions t on t.customer_id = c.id
      group by c.id having c.points_balance <> coalesce(sum(t.delta), 0)`);
    expect(mismatched).toEqual([]);
    const wrongRunning = await rows(sql`
      select id from (
        select id, balance_after,
          sum(delta) over (partition by customer_id order by id) as running
        from point_transactions) t
      where balance_after <> running or balance_after < 0`);
    expect(wrongRunning).toEqual([]);
    const [spends] = await rows<{ n: number }>(
      sql`select count(*)::int as n from point_transactions where source = 'spend'`,
    );
    expect(spends!.n).toBeGreaterThan(0);
  });

  it("credits the points of every delivered point purchase", async () => {
    const missing = await rows(sql`
      select p.id from payments p
      where p.grants_points > 0 and p.delivered_at is not null
        and not exists (
          select 1 from point_transactions t
          where t.payment_id = p.id and t.source = 'purchase' and t.delta = p.grants_points)`);
    expect(missing).toEqual([]);
  });

  it("stores payments in integer minor units with their state", async () => {
    const payments = await rows<{
      amount_minor: number;
      currency: string;
      status: string;
      delivery_status: string;
      delivered_at: string | null;
      external_id: string;
    }>(
      sql`select amount_minor, currency, status, delivery_status, delivered_at, external_id from payments`,
    );
    expect(payments.length).toBeGreaterThan(150);
    const statuses = new Set(
      payments.map((p) => `${p.status}/${p.delivery_status}`),
    );
    for (const state of [
      "paid/delivered",
      "paid/awaiting",
      "refunded/revoked",
      "charged_back/revoked",
    ]) {
      expect(statuses).toContain(state);
    }
    for (const payment of payments) {
      expect(Number.isInteger(payment.amount_minor)).toBe(true);
      expect(payment.amount_minor).toBeGreaterThan(0);
      expect(["EUR", "USD", "GBP"]).toContain(payment.currency);
      expect(payment.external_id).toMatch(/^tbx-/);
      expect(payment.delivered_at === null).toBe(
        payment.delivery_status === "awaiting",
      );
    }
  });

  it("bans about 2% of customers now, and keeps revoked and expired bans", async () => {
    const [counts] = await rows<{
      open: number;
      revoked: number;
      expired: number;
      customers: number;
    }>(sql`
      select
        count(*) filter (where revoked_at is null and (expires_at is null or expires_at > ${NOW}))::int as open,
        count(*) filter (where revoked_at is not null)::int as revoked,
        count(*) filter (where revoked_at is null and expires_at <= ${NOW})::int as expired,
        (select count(*)::int from customers) as customers
      from bans`);
    expect(counts!.open / counts!.customers).toBeGreaterThan(0.015);
    expect(counts!.open / counts!.customers).toBeLessThan(0.03);
    expect(counts!.revoked).toBeGreaterThan(0);
    expect(counts!.expired).toBeGreaterThan(0);
  });

  it("gives about 30% of customers a rank", async () => {
    const [share] = await rows<{ ratio: number }>(sql`
      select (select count(distinct customer_id) from customer_roles)::float
        / (select count(*) from customers) as ratio`);
    expect(share!.ratio).toBeGreaterThan(0.22);
    expect(share!.ratio).toBeLessThan(0.4);
  });

  it("creates one staff account per role, signing in with DEMO_PASSWORD", async () => {
    const staff = await rows<{
      email: string;
      role: string;
      password_hash: string;
    }>(sql`select email, role, password_hash from staff_users order by email`);
    expect(staff.map((s) => [s.email, s.role])).toEqual([
      ["admin@demo.local", "admin"],
      ["support@demo.local", "support"],
      ["viewer@demo.local", "viewer"],
    ]);
    for (const account of staff) {
      expect(account.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(account.password_hash, PASSWORD)).toBe(true);
    }
    const [audit] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action <> 'staff.create'`,
    );
    expect(audit!.n).toBeGreaterThan(10);
  });

  it("changes nothing when run again", async () => {
    const before = await tableCounts();
    const again = await seedDemo(database.db, {
      now: new Date(NOW.getTime() + 3_600_000),
    });
    expect(again.seeded).toBe(false);
    expect(await tableCounts()).toEqual(before);
  });
});

describe("seedDemo on a database with other customers", () => {
  it("rejects and writes nothing", async () => {
    const other = await createTestDatabase();
    try {
      await other.db.execute(
        sql`insert into customers (player_name, minecraft_uuid) values ('Steve', '8667ba71-b85a-4004-af54-457a9734eed7')`,
      );
      await expect(seedDemo(other.db, { now: NOW })).rejects.toThrow(
        /already contains customers/,
      );
      const result = await other.db.execute(
        sql`select count(*)::int as n from staff_users`,
      );
      expect(result.rows).toEqual([{ n: 0 }]);
    } finally {
      await other.close();
    }
  });
});
