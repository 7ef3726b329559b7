import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import {
  getCustomer,
  getCustomerPayments,
  getPointLedger,
  HISTORY_LIMIT,
  parseCustomerId,
} from "./detail";
import { getRecentLogs } from "./recent-logs";
import { seedCustomers, seedLogs, UUIDS } from "./test-fixtures";

let testDb: TestDatabase;
let ids: Awaited<ReturnType<typeof seedCustomers>>;
let logIds: number[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  ids = await seedCustomers(testDb.db);
  logIds = await seedLogs(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

describe("getCustomer", () => {
  it("returns null for an unknown id", async () => {
    expect(await getCustomer(testDb.db, 999_999, { role: "admin" })).toBeNull();
  });

  it("returns the profile with ranks and the open ban", async () => {
    const jeb = await getCustomer(testDb.db, ids.jeb, { role: "support" });
    expect(jeb?.email).toBe("jeb@mojang.com");
    expect(jeb?.ranks.map((rank) => rank.key)).toEqual(["vip"]);
    expect(jeb?.openBan).toMatchObject({
      reason: "Griefing spawn",
      expiresAt: null,
    });
    const notch = await getCustomer(testDb.db, ids.notch, { role: "admin" });
    expect(notch?.ranks.map((rank) => rank.key)).toEqual(["mvp", "vip"]);
    expect(notch?.openBan).toBeNull();
  });

  it("ignores revoked and expired bans and expired ranks", async () => {
    const dinnerbone = await getCustomer(testDb.db, ids.dinnerbone, {
      role: "admin",
    });
    expect(dinnerbone?.openBan).toBeNull();
    const alice = await getCustomer(testDb.db, ids.alice, { role: "admin" });
    expect(alice?.openBan).toBeNull();
    expect(alice?.ranks).toEqual([]);
  });

  it("masks the email for a viewer", async () => {
    const notch = await getCustomer(testDb.db, ids.notch, { role: "viewer" });
    expect(notch?.email).toBe("n•••@mojang.com");
  });
});

describe("customer history", () => {
  it("lists point transactions newest first", async () => {
    const ledger = await getPointLedger(testDb.db, ids.notch);
    expect(ledger.rows.map((row) => row.delta)).toEqual([-100, 300, 300]);
    expect(ledger.rows[0]?.balanceAfter).toBe(500);
    expect(ledger).toMatchObject({ total: 3, more: false });
  });

  it("lists every payment with its status", async () => {
    const payments = await getCustomerPayments(testDb.db, ids.notch);
    expect(payments.total).toBe(4);
    expect(payments.rows.map((row) => row.status).sort()).toEqual([
      "paid",
      "paid",
      "paid",
      "refunded",
    ]);
  });

  it("matches log records by UUID or by name in any case", async () => {
    const logs = await getRecentLogs(testDb.db, {
      minecraftUuid: UUIDS.dinnerbone,
      playerName: "dinnerBONE",
    });
    // Newest first; the record matching both ways appears once.
    expect(logs.rows.map((row) => row.id)).toEqual([
      logIds[2],
      logIds[1],
      logIds[0],
    ]);
    expect(logs.rows[0]).toMatchObject({ serverName: "lobby", kind: "chat" });
    expect(logs.rows[0]?.message).not.toContain("203.0.113.45");
    expect(logs.more).toBe(false);
  });

  it("keeps the newest records and says when there are more", async () => {
    const logs = await getRecentLogs(testDb.db, {
      minecraftUuid: UUIDS.notch,
      playerName: "Notch",
    });
    expect(logs.rows).toHaveLength(HISTORY_LIMIT);
    expect(logs.more).toBe(true);
    expect(logs.rows[0]?.ts.toISOString()).toBe("2024-05-02T10:59:00.000Z");
    const times = logs.rows.map((row) => row.ts.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("parseCustomerId", () => {
  it.each(["abc", "0", "-1", "1.5", "1e3", " 1", "99999999999999999999", ""])(
    "rejects %j",
    (segment) => {
      expect(parseCustomerId(segment)).toBeNull();
    },
  );

  it("accepts a positive integer", () => {
    expect(parseCustomerId("42")).toBe(42);
  });
});
