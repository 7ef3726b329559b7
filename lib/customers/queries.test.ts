import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { listCustomers } from "./queries";
import { CUSTOMER_SEARCH_DEFAULTS, type CustomerSearch } from "./search-params";
import { seedCustomers, seedFillers, UUIDS } from "./test-fixtures";
import type { Viewer } from "./types";

const admin: Viewer = { role: "admin" };
const viewer: Viewer = { role: "viewer" };

let testDb: TestDatabase;
let ids: Awaited<ReturnType<typeof seedCustomers>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  ids = await seedCustomers(testDb.db);
  await seedFillers(testDb.db, 31);
});
afterAll(async () => {
  await testDb?.close();
});

async function list(search: Partial<CustomerSearch>, as: Viewer = admin) {
  return listCustomers(
    testDb.db,
    { ...CUSTOMER_SEARCH_DEFAULTS, size: 100, ...search },
    as,
  );
}

/** Ids of the named customers in result order, fillers left out. */
async function named(search: Partial<CustomerSearch>, as: Viewer = admin) {
  const known = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  const { rows } = await list(search, as);
  return rows.flatMap((row) => known.get(row.id) ?? []);
}

describe("listCustomers search", () => {
  it.each([
    ["name prefix", "Not", ["notch"]],
    ["name substring", "inner", ["dinnerbone"]],
    ["name suffix", "miner", ["bob"]],
    ["any case", "nOTCH", ["notch"]],
    ["email substring", "mojang", ["notch", "jeb"]],
    ["email domain", "example.com", ["alice"]],
    ["partial UUID", "fca90e38", ["notch"]],
    ["partial UUID across a dash", "79f4-44e9", ["notch"]],
    ["partial UUID without dashes", "79f444e9", ["notch"]],
    ["full UUID", UUIDS.jeb, ["jeb"]],
    [
      "full UUID, upper case, no dashes",
      UUIDS.jeb.replaceAll("-", "").toUpperCase(),
      ["jeb"],
    ],
    ["LIKE wildcards taken literally", "_", ["jeb", "alice"]],
    ["no match", "zzz-nobody", []],
  ])("%s", async (_label, q, expected) => {
    const found = await named({ q });
    expect(found.sort()).toEqual([...expected].sort());
  });

  it("does not search emails for staff who cannot see them", async () => {
    expect(await named({ q: "mojang" }, viewer)).toEqual([]);
    expect(await named({ q: "Notch" }, viewer)).toEqual(["notch"]);
  });
});

describe("listCustomers sorting", () => {
  it.each([
    ["player", "asc", ["alice", "bob", "dinnerbone", "jeb", "notch"]],
    ["player", "desc", ["notch", "jeb", "dinnerbone", "bob", "alice"]],
    ["points", "asc", ["dinnerbone", "bob", "alice", "notch", "jeb"]],
    ["points", "desc", ["jeb", "notch", "alice", "bob", "dinnerbone"]],
    ["totalPaid", "asc", ["dinnerbone", "alice", "bob", "jeb", "notch"]],
    ["totalPaid", "desc", ["notch", "jeb", "bob", "alice", "dinnerbone"]],
    ["lastSeen", "asc", ["bob", "notch", "dinnerbone", "alice", "jeb"]],
    ["lastSeen", "desc", ["alice", "dinnerbone", "notch", "bob", "jeb"]],
    ["joined", "asc", ["notch", "dinnerbone", "jeb", "alice", "bob"]],
    ["joined", "desc", ["bob", "alice", "jeb", "dinnerbone", "notch"]],
  ] as const)("by %s %s, ties by id", async (sort, dir, expected) => {
    const { rows } = await list({ sort, dir, q: "", size: 100 });
    expect(rows).toHaveLength(36);
    const known = new Set<number>(Object.values(ids));
    const order = rows.filter((row) => known.has(row.id));
    const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    expect(order.map((row) => byId.get(row.id))).toEqual(expected);
  });
});

describe("listCustomers filters", () => {
  it("finds holders of a rank, ignoring expired grants", async () => {
    expect((await named({ rank: "vip" })).sort()).toEqual(["jeb", "notch"]);
    expect(await named({ rank: "mvp" })).toEqual(["notch"]);
    expect(await named({ rank: "helper" })).toEqual([]);
    expect(await named({ rank: "no-such-rank" })).toEqual([]);
  });

  it("counts only open bans as banned", async () => {
    expect((await named({ status: "banned" })).sort()).toEqual(["bob", "jeb"]);
    const active = await list({ status: "active" });
    expect(active.total).toBe(34);
    expect((await named({ status: "active" })).sort()).toEqual([
      "alice",
      "dinnerbone",
      "notch",
    ]);
  });

  it("combines a rank, a status and a search", async () => {
    expect(await named({ rank: "vip", status: "banned", q: "je" })).toEqual([
      "jeb",
    ]);
  });
});

describe("listCustomers pages", () => {
  const page = (n: number) =>
    list({ q: "filler", sort: "player", dir: "asc", size: 25, page: n });

  it("splits the matches into pages without overlap", async () => {
    const [first, last] = [await page(1), await page(2)];
    expect(first.total).toBe(31);
    expect(first.rows).toHaveLength(25);
    expect(last.rows).toHaveLength(6);
    expect(last.total).toBe(31);
    const names = [...first.rows, ...last.rows].map((row) => row.playerName);
    expect(new Set(names).size).toBe(31);
    expect(names.at(-1)).toBe("filler31");
  });

  it("returns no rows but the real total past the last page", async () => {
    const beyond = await page(9);
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(31);
  });
});

describe("listCustomers values", () => {
  it("sums only paid payments, per currency, in minor units", async () => {
    const { rows } = await list({ q: "Notch" });
    expect(rows[0]?.totalPaidMinor).toBe(1499);
    expect(rows[0]?.otherTotals).toEqual([
      { currency: "USD", amountMinor: 1500 },
    ]);
    const chargedBack = await list({ q: "Dinnerbone" });
    expect(chargedBack.rows[0]?.totalPaidMinor).toBe(0);
  });

  it("lists active ranks, highest priority first", async () => {
    const { rows } = await list({ q: "Notch" });
    expect(rows[0]?.ranks.map((rank) => rank.key)).toEqual(["mvp", "vip"]);
    const alice = await list({ q: "alice" });
    expect(alice.rows[0]?.ranks).toEqual([]);
  });

  it("masks emails for staff without email access", async () => {
    const masked = await list({ q: "Notch" }, viewer);
    expect(masked.rows[0]?.email).toBe("n•••@mojang.com");
    expect(JSON.stringify(masked)).not.toContain("notch@mojang.com");
    const support = await list({ q: "Notch" }, { role: "support" });
    expect(support.rows[0]?.email).toBe("notch@mojang.com");
    const noEmail = await list({ q: "BobTheMiner" }, viewer);
    expect(noEmail.rows[0]?.email).toBeNull();
  });

  it("flags open bans", async () => {
    const { rows } = await list({ q: "", sort: "player", dir: "asc" });
    const banned = rows.filter((row) => row.banned).map((row) => row.id);
    expect(banned.sort()).toEqual([ids.jeb, ids.bob].sort());
  });
});
