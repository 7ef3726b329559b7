import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import {
  bans,
  customerRoles,
  customers,
  logEvents,
  payments,
  pointTransactions,
  roles,
  servers,
} from "@/db/schema";

// Rows shared by the customers query tests. Ties are deliberate: Notch and
// jeb_ share a balance, Notch and Dinnerbone a join date and a last-seen
// time, so every sort has to fall back to the id.
export const UUIDS = {
  notch: "069a79f4-44e9-4726-a5be-fca90e38aaf5",
  jeb: "853c80ef-3c37-49fd-aa49-938b674adae6",
  dinnerbone: "61699b2e-d327-4a01-9f1e-0ea8c3f06bc6",
  alice: "4b1d3f6e-2a7c-4e0b-9d5f-1c2b3a4d5e6f",
  bob: "a1b2c3d4-e5f6-4711-8899-aabbccddeeff",
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const past = new Date(Date.now() - 86_400_000);
const future = new Date(Date.now() + 86_400_000);

export async function seedCustomers(db: Database) {
  const [vip, mvp, helper] = await db
    .insert(roles)
    .values([
      { key: "vip", name: "VIP", color: "#f59e0b", priority: 10 },
      { key: "mvp", name: "MVP", color: "#7c3aed", priority: 20 },
      { key: "helper", name: "Helper", color: "#0ea5e9", priority: 5 },
    ])
    .returning();
  const rows = await db
    .insert(customers)
    .values([
      c(
        "Notch",
        UUIDS.notch,
        "notch@mojang.com",
        500,
        "2020-01-01",
        "2024-05-01",
      ),
      c("jeb_", UUIDS.jeb, "jeb@mojang.com", 500, "2020-02-01", null),
      c(
        "Dinnerbone",
        UUIDS.dinnerbone,
        "dinner@example.org",
        0,
        "2020-01-01",
        "2024-05-01",
      ),
      c(
        "alice_builds",
        UUIDS.alice,
        "alice@example.com",
        120,
        "2021-01-01",
        "2024-06-01",
      ),
      c("BobTheMiner", UUIDS.bob, null, 50, "2022-01-01", "2024-01-01"),
    ])
    .returning();
  const [notch, jeb, dinnerbone, alice, bob] = rows.map((row) => row.id) as [
    number,
    number,
    number,
    number,
    number,
  ];
  await db.insert(customerRoles).values([
    { customerId: notch, roleId: vip!.id, grantedAt: day("2021-01-01") },
    { customerId: notch, roleId: mvp!.id, grantedAt: day("2022-01-01") },
    { customerId: jeb, roleId: vip!.id },
    { customerId: alice, roleId: helper!.id, expiresAt: past },
  ]);
  await db.insert(bans).values([
    { customerId: jeb, reason: "Griefing spawn" },
    { customerId: dinnerbone, reason: "Old", revokedAt: past },
    { customerId: alice, reason: "Spam", expiresAt: past },
    { customerId: bob, reason: "X-ray", expiresAt: future },
  ]);
  await db
    .insert(payments)
    .values([
      p(notch, "n1", 1000, "EUR", "paid"),
      p(notch, "n2", 499, "EUR", "paid"),
      p(notch, "n3", 2000, "EUR", "refunded"),
      p(notch, "n4", 1500, "USD", "paid"),
      p(jeb, "j1", 999, "EUR", "paid"),
      p(dinnerbone, "d1", 5000, "EUR", "charged_back"),
    ]);
  await db.insert(pointTransactions).values(
    [300, 300, -100].map((delta, index) => ({
      customerId: notch,
      delta,
      balanceAfter: [300, 600, 500][index]!,
      source: delta > 0 ? ("purchase" as const) : ("spend" as const),
      reason: `entry ${index}`,
      idempotencyKey: `notch-${index}`,
    })),
  );
  return { notch, jeb, dinnerbone, alice, bob };
}

/** Adds `count` customers named filler01, filler02, ... */
export async function seedFillers(db: Database, count: number) {
  await db.insert(customers).values(
    Array.from({ length: count }, (_, index) => ({
      playerName: `filler${String(index + 1).padStart(2, "0")}`,
      minecraftUuid: sql`gen_random_uuid()`,
    })),
  );
}

export async function seedLogs(db: Database) {
  const [server] = await db
    .insert(servers)
    .values({ name: "lobby" })
    .returning();
  const log = (ts: string, player: string | null, uuid: string | null) => ({
    serverId: server!.id,
    ts: new Date(ts),
    kind: "chat",
    player,
    playerUuid: uuid,
    message: `${player ?? uuid} at ${ts} from 203.0.113.45:51234`,
    raw: "raw",
  });
  const events = await db
    .insert(logEvents)
    .values([
      log("2024-05-01T10:00:00Z", null, UUIDS.dinnerbone),
      log("2024-05-01T11:00:00Z", "DINNERBONE", null),
      log("2024-05-01T12:00:00Z", "Dinnerbone", UUIDS.dinnerbone),
      log("2024-05-01T13:00:00Z", "jeb_", UUIDS.jeb),
      ...Array.from({ length: 60 }, (_, minute) =>
        log(
          `2024-05-02T10:${String(minute).padStart(2, "0")}:00Z`,
          "Notch",
          null,
        ),
      ),
    ])
    .returning({ id: logEvents.id });
  return events.map((event) => event.id);
}

function c(
  playerName: string,
  minecraftUuid: string,
  email: string | null,
  pointsBalance: number,
  joined: string,
  lastSeen: string | null,
) {
  return {
    playerName,
    minecraftUuid,
    email,
    pointsBalance,
    joinedAt: day(joined),
    lastSeenAt: lastSeen ? day(lastSeen) : null,
  };
}

function p(
  customerId: number,
  externalId: string,
  amountMinor: number,
  currency: string,
  status: "paid" | "refunded" | "charged_back",
) {
  return {
    customerId,
    provider: "tebex",
    externalId,
    productName: `Product ${externalId}`,
    amountMinor,
    currency,
    status,
    paidAt: day("2024-01-01"),
  };
}
