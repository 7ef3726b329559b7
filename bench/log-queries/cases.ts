import { decodeCursor } from "@/lib/logs/cursor";
import { DEFAULT_PAGE_SIZE, type LogFilters } from "@/lib/logs/filters";
import { listLogEvents } from "@/lib/logs/queries";
import type { BenchDatabase } from "../lib/database";
import type { LatencyCase } from "../lib/latency";
import { playerName, playerUuid } from "../lib/players";
import { COMMON_WORD, RARE_WORD } from "./seed";

const NO_FILTERS: LogFilters = {
  from: null,
  to: null,
  serverId: null,
  playerName: null,
  playerUuid: null,
  kinds: [],
  levels: [],
  q: null,
  size: DEFAULT_PAGE_SIZE,
  cursor: null,
};

// Player 500 of 5,000 by activity: a few hundred rows per million.
const PLAYER = 500;
const DAY = 86_400_000;

/** Lists the log viewer's common screens, on the seeded log_events. */
export async function logCases(bench: BenchDatabase): Promise<LatencyCase[]> {
  const list = (changes: Partial<LogFilters>) =>
    listLogEvents(bench.db, { ...NO_FILTERS, ...changes }, "support");
  const servers = await bench.pool.query<{ id: string; name: string }>(
    "select id, name from servers",
  );
  const serverId = (name: string) =>
    Number(servers.rows.find((row) => row.name === name)?.id);
  const range = await bench.pool.query<{ first: Date; last: Date }>(
    "select min(ts) as first, max(ts) as last from log_events",
  );
  const { first, last } = range.rows[0] ?? {
    first: new Date(),
    last: new Date(),
  };
  const day = new Date(first.getTime() + 15 * DAY);
  const weekAgo = new Date(last.getTime() - 7 * DAY);

  // The cursor of page 50 comes from walking the 49 pages before it.
  let cursor: string | null = null;
  for (let page = 1; page < 50; page += 1) {
    cursor = (await list({ cursor: cursor ? decodeCursor(cursor) : null }))
      .nextCursor;
  }
  const deep = cursor ? decodeCursor(cursor) : null;
  if (!deep)
    throw new Error("Too few rows for page 50: run with a larger --rows.");

  const cases: [string, Partial<LogFilters>][] = [
    ["first page, no filter", {}],
    ["page 50 by cursor", { cursor: deep }],
    [`player ${playerName(PLAYER)}`, { playerName: playerName(PLAYER) }],
    ["player by UUID", { playerUuid: playerUuid(PLAYER) }],
    ["kind=command", { kinds: ["command"] }],
    ["level=ERROR", { levels: ["ERROR"] }],
    ["server=creative", { serverId: serverId("creative") }],
    ["one day (day 15)", { from: day, to: new Date(day.getTime() + DAY) }],
    [`text '${RARE_WORD}' (rare)`, { q: RARE_WORD }],
    [`text '${COMMON_WORD}' (common)`, { q: COMMON_WORD }],
    ["text without a match", { q: "xylophone" }],
    [
      `survival+command+'${COMMON_WORD}'+7 days`,
      {
        serverId: serverId("survival"),
        kinds: ["command"],
        q: COMMON_WORD,
        from: weekAgo,
      },
    ],
    ["player+kind=chat", { playerName: playerName(PLAYER), kinds: ["chat"] }],
  ];
  return cases.map(([name, filters]) => ({ name, run: () => list(filters) }));
}
