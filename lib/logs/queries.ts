import {
  and,
  asc,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  lt,
  sql,
  type SQL,
} from "drizzle-orm";
import type { Executor } from "@/db";
import { logEvents, servers, type StaffRole } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { encodeCursor } from "./cursor";
import {
  applyIpPermission,
  selectEvents,
  type LogEventView,
} from "./event-view";
import type { LogFilters } from "./filters";

export type { LogEventView };

export interface LogEventPage {
  rows: LogEventView[];
  /** Cursor of the last row when older rows exist, else null. */
  nextCursor: string | null;
}

/** Escapes LIKE wildcards so the user's text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function conditions(filters: LogFilters): SQL[] {
  const where: (SQL | undefined)[] = [
    filters.from ? gte(logEvents.ts, filters.from) : undefined,
    filters.to ? lt(logEvents.ts, filters.to) : undefined,
    filters.serverId !== null
      ? eq(logEvents.serverId, filters.serverId)
      : undefined,
    // Same expression as the (lower(player), ts, id) index.
    filters.playerName
      ? sql`lower(${logEvents.player}) = ${filters.playerName.toLowerCase()}`
      : undefined,
    filters.playerUuid
      ? eq(logEvents.playerUuid, filters.playerUuid)
      : undefined,
    filters.kinds.length ? inArray(logEvents.kind, filters.kinds) : undefined,
    filters.levels.length
      ? inArray(logEvents.level, filters.levels)
      : undefined,
    // A leading and trailing wildcard is what the trigram index serves.
    filters.q
      ? ilike(logEvents.message, `%${escapeLike(filters.q)}%`)
      : undefined,
    filters.cursor
      ? sql`(${logEvents.ts}, ${logEvents.id}) < (${filters.cursor.ts}::timestamptz, ${filters.cursor.id})`
      : undefined,
  ];
  return where.filter((condition): condition is SQL => condition !== undefined);
}

/**
 * Lists one page of log records, newest first, after `filters.cursor`. It
 * reads one row more than the page size to learn whether older rows exist,
 * instead of counting the whole table.
 */
export async function listLogEvents(
  db: Executor,
  filters: LogFilters,
  role: StaffRole,
): Promise<LogEventPage> {
  const found = await selectEvents(db)
    .where(and(...conditions(filters)))
    .orderBy(desc(logEvents.ts), desc(logEvents.id))
    .limit(filters.size + 1);
  const page = found.slice(0, filters.size);
  const last = page.at(-1);
  let rows = page.map((row) => applyIpPermission(row, role));
  // Rows that match only inside a masked address are dropped, because
  // searching digits would otherwise reveal the hidden part. Such a page may
  // show fewer rows than its size while older rows still exist.
  const q = filters.q?.toLowerCase();
  if (q && !can(role, "logs.viewIp")) {
    rows = rows.filter((row) => row.message.toLowerCase().includes(q));
  }
  return {
    rows,
    nextCursor:
      found.length > filters.size && last
        ? encodeCursor({ ts: last.ts, id: last.id })
        : null,
  };
}

export async function getLogEvent(
  db: Executor,
  id: number,
  role: StaffRole,
): Promise<LogEventView | null> {
  const [row] = await selectEvents(db).where(eq(logEvents.id, id)).limit(1);
  return row ? applyIpPermission(row, role) : null;
}

export async function hasLogEvents(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: logEvents.id }).from(logEvents).limit(1);
  return row !== undefined;
}

export async function listServers(db: Executor) {
  return db
    .select({ id: servers.id, name: servers.name, timeZone: servers.timeZone })
    .from(servers)
    .orderBy(asc(servers.name));
}
