import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customers, logEvents, servers, type StaffRole } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { encodeCursor } from "./cursor";
import { parseLogFilters, type LogFilters } from "./filters";
import {
  getLogEvent,
  hasLogEvents,
  listLogEvents,
  listServers,
  type LogEventView,
} from "./queries";

const DRAXE_UUID = "d394da40-0ab1-3e8c-8302-4aaebe14d88d";
const MAXI_UUID = "92f98a09-7705-31ea-8430-ec9f64363c5a";
const T0 = Date.parse("2024-06-16T10:00:00Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

let testDb: TestDatabase;
let alpha: number;
let beta: number;
let draxeCustomer: number;
let maxiCustomer: number;
let anyBefore: boolean;

function filters(changes: Partial<LogFilters> = {}): LogFilters {
  return { ...parseLogFilters({}).filters, ...changes };
}

async function list(
  changes: Partial<LogFilters> = {},
  role: StaffRole = "admin",
) {
  return listLogEvents(testDb.db, filters(changes), role);
}

const ids = (rows: LogEventView[]) => rows.map((row) => row.id);

beforeAll(async () => {
  testDb = await createTestDatabase();
  const { db } = testDb;
  anyBefore = await hasLogEvents(db);
  const serverIds = await db
    .insert(servers)
    .values([{ name: "beta" }, { name: "alpha" }])
    .returning({ id: servers.id });
  [beta, alpha] = serverIds.map((server) => server.id) as [number, number];
  const customerIds = await db
    .insert(customers)
    .values([
      { playerName: "Draxe", minecraftUuid: DRAXE_UUID },
      { playerName: "MaxiCube", minecraftUuid: MAXI_UUID },
    ])
    .returning({ id: customers.id });
  [draxeCustomer, maxiCustomer] = customerIds.map((c) => c.id) as [
    number,
    number,
  ];
  const row = (
    minute: number,
    fields: Partial<typeof logEvents.$inferInsert>,
  ) => ({
    serverId: alpha,
    ts: at(minute),
    kind: "other",
    level: "INFO",
    message: "something",
    raw: "[10:00:00] [Server thread/INFO]: something",
    ...fields,
  });
  await db.insert(logEvents).values([
    row(0, {
      kind: "uuid",
      player: "Draxe",
      playerUuid: DRAXE_UUID,
      message: `UUID of player Draxe is ${DRAXE_UUID}`,
    }),
    row(1, {
      kind: "join",
      player: "Draxe",
      ip: "203.0.113.5",
      port: 52060,
      message: "Draxe[/203.0.113.5:52060] logged in with entity id 9029312",
      raw: "[10:01:00] [Server thread/INFO]: Draxe[/203.0.113.5:52060] logged in",
    }),
    row(2, {
      kind: "command",
      player: "DRAXE",
      command: "/ban-ip 198.51.100.7",
      message: "DRAXE issued server command: /ban-ip 198.51.100.7",
    }),
    row(3, { kind: "chat", player: "Draxe2", message: "<Draxe2> 100% done" }),
    row(4, {
      kind: "chat",
      player: "maxicube",
      message: "<maxicube> 1000 done a_b",
    }),
    row(5, {
      kind: "leave",
      player: "OldName",
      playerUuid: DRAXE_UUID,
      serverId: beta,
      message: "OldName lost connection",
    }),
    row(6, {
      kind: "auth_failed",
      level: "WARN",
      player: "Stranger",
      serverId: beta,
      message: "Stranger failed axb",
    }),
    row(7, {
      kind: "unknown",
      level: null,
      message: "Version 1.20.4 Forge 14.23.5.2855",
    }),
  ]);
});

afterAll(async () => {
  await testDb.close();
});

describe("listLogEvents filters", () => {
  it("returns all records newest first", async () => {
    const page = await list();
    expect(page.rows.map((row) => row.message.slice(0, 7))).toEqual([
      "Version",
      "Strange",
      "OldName",
      "<maxicu",
      "<Draxe2",
      "DRAXE i",
      "Draxe[/",
      "UUID of",
    ]);
    expect(page.nextCursor).toBeNull();
    expect(page.rows[0]?.ts).toBe("2024-06-16T10:07:00.000000Z");
  });

  it("filters by server", async () => {
    const page = await list({ serverId: beta });
    expect(page.rows.map((row) => row.player)).toEqual(["Stranger", "OldName"]);
    expect(page.rows[0]?.serverName).toBe("beta");
  });

  it("matches player name ignoring case", async () => {
    const page = await list({ playerName: "dRaXe" });
    expect(page.rows.map((row) => row.player)).toEqual([
      "DRAXE",
      "Draxe",
      "Draxe",
    ]);
  });

  it("matches player UUID", async () => {
    const parsed = parseLogFilters({
      player: DRAXE_UUID.replace(/-/g, "").toUpperCase(),
    });
    const page = await listLogEvents(testDb.db, parsed.filters, "admin");
    expect(page.rows.map((row) => row.player)).toEqual(["OldName", "Draxe"]);
  });

  it("filters by kinds and levels", async () => {
    expect((await list({ kinds: ["chat"] })).rows).toHaveLength(2);
    expect(
      (await list({ kinds: ["join", "leave"] })).rows.map((r) => r.kind),
    ).toEqual(["leave", "join"]);
    expect(
      (await list({ levels: ["WARN"] })).rows.map((r) => r.player),
    ).toEqual(["Stranger"]);
    expect((await list({ levels: ["INFO"] })).rows).toHaveLength(6);
  });

  it("includes `from` and excludes `to`", async () => {
    const page = await list({ from: at(2), to: at(5) });
    expect(page.rows.map((row) => row.ts.slice(11, 16))).toEqual([
      "10:04",
      "10:03",
      "10:02",
    ]);
    expect((await list({ from: at(7) })).rows).toHaveLength(1);
    expect((await list({ to: at(0) })).rows).toHaveLength(0);
  });

  it("searches text with literal % and _", async () => {
    expect((await list({ q: "LOGGED IN" })).rows).toHaveLength(1);
    expect((await list({ q: "100%" })).rows.map((row) => row.player)).toEqual([
      "Draxe2",
    ]);
    expect((await list({ q: "a_b" })).rows.map((row) => row.player)).toEqual([
      "maxicube",
    ]);
    expect((await list({ q: "%" })).rows).toHaveLength(1);
    expect((await list({ q: "\\" })).rows).toHaveLength(0);
  });

  it("combines filters with AND", async () => {
    expect(
      (await list({ serverId: alpha, playerName: "draxe", kinds: ["command"] }))
        .rows,
    ).toHaveLength(1);
    expect(
      (await list({ serverId: beta, playerName: "draxe" })).rows,
    ).toHaveLength(0);
    expect(
      (await list({ playerUuid: DRAXE_UUID, kinds: ["uuid"], q: "player" }))
        .rows,
    ).toHaveLength(1);
  });
});

describe("customer link", () => {
  it("prefers UUID, then lower-case name", async () => {
    const rows = (await list()).rows;
    const customerOf = (player: string) =>
      rows.find((row) => row.player === player)?.customerId;
    expect(customerOf("OldName")).toBe(draxeCustomer);
    expect(customerOf("DRAXE")).toBe(draxeCustomer);
    expect(customerOf("maxicube")).toBe(maxiCustomer);
    expect(customerOf("Draxe2")).toBeNull();
    expect(customerOf("Stranger")).toBeNull();
    expect(rows).toHaveLength(8);
  });
});

describe("IP addresses", () => {
  it("are masked for support and viewer", async () => {
    for (const role of ["support", "viewer"] as const) {
      const [join] = (await list({ kinds: ["join"] }, role)).rows;
      expect(join?.ip).toBe("•••");
      expect(join?.port).toBe(52060);
      expect(join?.message).toContain("Draxe[/203.0.•.•:52060]");
      expect(join?.raw).not.toContain("113.5");
      const [command] = (await list({ kinds: ["command"] }, role)).rows;
      expect(command?.command).toBe("/ban-ip 198.51.•.•");
      expect(command?.message).not.toContain("100.7");
    }
    const [unknown] = (await list({ kinds: ["unknown"] }, "support")).rows;
    expect(unknown?.message).toBe("Version 1.20.4 Forge 14.23.5.2855");
  });

  it("are shown to admins", async () => {
    const [join] = (await list({ kinds: ["join"] })).rows;
    expect(join?.ip).toBe("203.0.113.5");
    expect(join?.message).toContain("[/203.0.113.5:52060]");
  });

  it("cannot be found by searching their hidden part", async () => {
    const hidden = await list({ q: "113.5" }, "support");
    expect(hidden.rows).toHaveLength(0);
    expect((await list({ q: "113.5" })).rows).toHaveLength(1);
    expect((await list({ q: "203.0." }, "support")).rows).toHaveLength(1);
    expect((await list({ q: "LOGGED" }, "viewer")).rows).toHaveLength(1);
  });

  it("are masked by getLogEvent too", async () => {
    const [join] = (await list({ kinds: ["join"] })).rows;
    const masked = await getLogEvent(testDb.db, join!.id, "support");
    expect(masked?.ip).toBe("•••");
    expect((await getLogEvent(testDb.db, join!.id, "admin"))?.ip).toBe(
      "203.0.113.5",
    );
    expect(await getLogEvent(testDb.db, 987654321, "admin")).toBeNull();
  });
});

describe("servers and records", () => {
  it("list servers and detect records", async () => {
    expect((await listServers(testDb.db)).map((s) => s.name)).toEqual([
      "alpha",
      "beta",
    ]);
    expect(anyBefore).toBe(false);
    expect(await hasLogEvents(testDb.db)).toBe(true);
  });
});

describe("keyset pagination", () => {
  let pageDb: TestDatabase;
  let expected: number[];

  beforeAll(async () => {
    pageDb = await createTestDatabase();
    const [server] = await pageDb.db
      .insert(servers)
      .values({ name: "gamma" })
      .returning({ id: servers.id });
    // 230 rows over 40 distinct times, so most pages end inside a run of
    // identical timestamps; a few differ only in microseconds.
    await pageDb.pool.query(
      `insert into log_events (server_id, ts, kind, message, raw)
       select $1, timestamptz '2024-06-16 10:00:00Z'
                  + (n % 40) * interval '1 second'
                  + (case when n % 7 = 0 then interval '1 microsecond' else interval '0' end),
              case when n % 3 = 0 then 'chat' else 'join' end, 'm' || n, 'r' || n
       from generate_series(1, 230) as n`,
      [server!.id],
    );
    const all = await pageDb.pool.query<{ id: string }>(
      "select id from log_events order by ts desc, id desc",
    );
    expected = all.rows.map((row) => Number(row.id));
  });

  afterAll(async () => {
    await pageDb.close();
  });

  async function walk(changes: Partial<LogFilters>) {
    const seen: number[] = [];
    let cursor = filters().cursor;
    for (let pages = 0; pages < 20; pages++) {
      const page = await listLogEvents(
        pageDb.db,
        filters({ ...changes, cursor }),
        "admin",
      );
      seen.push(...ids(page.rows));
      if (!page.nextCursor) return { seen, pages: pages + 1 };
      cursor = parseLogFilters({ cursor: page.nextCursor }).filters.cursor;
      expect(cursor).not.toBeNull();
    }
    throw new Error("pagination did not end");
  }

  it("visits every row once across ties", async () => {
    const { seen, pages } = await walk({ size: 50 });
    expect(pages).toBe(5);
    expect(seen).toEqual(expected);
  });

  it("walks a filtered set", async () => {
    const { seen } = await walk({ size: 50, kinds: ["chat"] });
    const chats = await pageDb.pool.query<{ id: string }>(
      "select id from log_events where kind = 'chat' order by ts desc, id desc",
    );
    expect(seen).toEqual(chats.rows.map((row) => Number(row.id)));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("ends on an exactly full page", async () => {
    const first = await listLogEvents(
      pageDb.db,
      filters({ size: 200 }),
      "admin",
    );
    const cursor = parseLogFilters({ cursor: first.nextCursor! }).filters
      .cursor;
    const rest = await listLogEvents(
      pageDb.db,
      filters({ size: 50, cursor }),
      "admin",
    );
    expect(rest.rows).toHaveLength(30);
    expect(rest.nextCursor).toBeNull();
  });

  it("treats garbage cursor as first page", async () => {
    for (const garbage of [
      "garbage",
      "!!!",
      encodeCursor({ ts: "x", id: 1 }),
      "MjAyNC0wMi0zMFQwMDowMDowMFp8MQ",
    ]) {
      const parsed = parseLogFilters({ cursor: garbage });
      expect(parsed.filters.cursor).toBeNull();
      expect(parsed.ignored).toEqual([{ param: "cursor", value: garbage }]);
      const page = await listLogEvents(pageDb.db, parsed.filters, "admin");
      expect(ids(page.rows)).toEqual(expected.slice(0, 100));
    }
  });

  // Runs last: its newer rows would change the other tests' first pages.
  it("keeps walking past rows hidden by masking", async () => {
    const [server] = await pageDb.db
      .insert(servers)
      .values({ name: "masked" })
      .returning({ id: servers.id });
    await pageDb.pool.query(
      `insert into log_events (server_id, ts, kind, message, raw)
       select $1, timestamptz '2024-06-17 10:00:00Z' + n * interval '1 second',
              'other', case when n % 2 = 0 then 'from 192.168.7.9' else 'build 7.9' end, 'r'
       from generate_series(1, 120) as n`,
      [server!.id],
    );
    const seen: string[] = [];
    let cursor = filters().cursor;
    for (let pages = 1; pages <= 3; pages++) {
      const page = await listLogEvents(
        pageDb.db,
        filters({ serverId: server!.id, q: "7.9", size: 50, cursor }),
        "support",
      );
      expect(page.rows.length).toBeLessThanOrEqual(25);
      seen.push(...page.rows.map((row) => row.message));
      cursor = page.nextCursor
        ? parseLogFilters({ cursor: page.nextCursor }).filters.cursor
        : null;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen)).toEqual(new Set(["build 7.9"]));
  });
});

describe("very long records", () => {
  it("carry a prefix and the full length", async () => {
    const long = "x".repeat(50_000);
    const [inserted] = await testDb.db
      .insert(logEvents)
      .values({
        serverId: alpha,
        ts: new Date("2030-01-01T00:00:00Z"),
        kind: "other",
        message: long,
        raw: `[00:00:00] [Server thread/INFO]: ${long}`,
      })
      .returning({ id: logEvents.id });
    const found = await getLogEvent(testDb.db, inserted!.id, "admin");
    expect(found?.message).toHaveLength(2_000);
    expect(found?.raw).toHaveLength(20_000);
    expect(found?.rawLength).toBe(
      50_000 + "[00:00:00] [Server thread/INFO]: ".length,
    );
    await testDb.db.delete(logEvents).where(eq(logEvents.id, inserted!.id));
  });
});

describe("an address at the cut", () => {
  it("is masked whole for support", async () => {
    const message = `${"y".repeat(1_990)} 198.51.100.77 end`;
    const [inserted] = await testDb.db
      .insert(logEvents)
      .values({
        serverId: alpha,
        ts: new Date("2030-01-02T00:00:00Z"),
        kind: "other",
        message,
        raw: message,
      })
      .returning({ id: logEvents.id });
    const found = await getLogEvent(testDb.db, inserted!.id, "support");
    expect(found?.message).toHaveLength(2_000);
    expect(found?.message).not.toContain("198.51.10");
    expect(found?.raw).not.toContain("198.51.10");
    await testDb.db.delete(logEvents).where(eq(logEvents.id, inserted!.id));
  });
});
