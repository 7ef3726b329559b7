import {
  and,
  count,
  desc,
  eq,
  gte,
  isNull,
  or,
  gt,
  sql,
  sum,
} from "drizzle-orm";
import type { Database } from "@/db";
import { bans, customers, logEvents, payments, servers } from "@/db/schema";
import { MASK_MARGIN, maskedPreview } from "@/lib/logs/mask-ip";

export interface DashboardCounts {
  customers: number;
  bannedPlayers: number;
  pointsInCirculation: number;
  logRecords24h: number;
  paymentsAwaitingDelivery: number;
}

/** Live figures for the dashboard tiles, read in one round trip each. */
export async function getDashboardCounts(
  db: Database,
  now = new Date(),
): Promise<DashboardCounts> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const [customerRow, bannedRow, logRow, awaitingRow] = await Promise.all([
    db
      .select({ n: count(), points: sum(customers.pointsBalance) })
      .from(customers),
    db
      .select({ n: sql<number>`count(distinct ${bans.customerId})::int` })
      .from(bans)
      .where(
        and(
          isNull(bans.revokedAt),
          or(isNull(bans.expiresAt), gt(bans.expiresAt, now)),
        ),
      ),
    db.select({ n: count() }).from(logEvents).where(gte(logEvents.ts, dayAgo)),
    db
      .select({ n: count() })
      .from(payments)
      .where(
        and(
          eq(payments.status, "paid"),
          eq(payments.deliveryStatus, "awaiting"),
        ),
      ),
  ]);
  return {
    customers: customerRow[0]?.n ?? 0,
    pointsInCirculation: Number(customerRow[0]?.points ?? 0),
    bannedPlayers: bannedRow[0]?.n ?? 0,
    logRecords24h: logRow[0]?.n ?? 0,
    paymentsAwaitingDelivery: awaitingRow[0]?.n ?? 0,
  };
}

export interface HourlyVolume {
  hour: string;
  records: number;
}

/** Log records per hour over the last 24 hours, oldest first, gaps as 0. */
export async function getHourlyLogVolume(
  db: Database,
  now = new Date(),
): Promise<HourlyVolume[]> {
  const result = await db.execute<{ hour: Date | string; records: number }>(sql`
    select h.hour, coalesce(c.records, 0)::int as records
    from generate_series(
      date_trunc('hour', ${now.toISOString()}::timestamptz) - interval '23 hours',
      date_trunc('hour', ${now.toISOString()}::timestamptz),
      interval '1 hour'
    ) as h(hour)
    left join (
      select date_trunc('hour', ts) as hour, count(*) as records
      from log_events
      where ts >= date_trunc('hour', ${now.toISOString()}::timestamptz) - interval '23 hours'
      group by 1
    ) c on c.hour = h.hour
    order by h.hour`);
  return result.rows.map((row) => ({
    hour: new Date(row.hour).toISOString(),
    records: Number(row.records),
  }));
}

// Characters of each message shown: a log line can be megabytes long.
const PREVIEW_LENGTH = 500;

export interface LatestLogRecord {
  id: number;
  ts: Date;
  server: string;
  kind: string;
  level: string | null;
  player: string | null;
  message: string;
}

/**
 * Lists the newest log records. IP addresses inside messages are masked
 * unless `revealIps` is true (roles with logs.viewIp).
 */
export async function getLatestLogRecords(
  db: Database,
  limit: number,
  revealIps: boolean,
): Promise<LatestLogRecord[]> {
  const rows = await db
    .select({
      id: logEvents.id,
      ts: logEvents.ts,
      server: servers.name,
      kind: logEvents.kind,
      level: logEvents.level,
      player: logEvents.player,
      message: sql<string>`left(${logEvents.message}, ${PREVIEW_LENGTH + MASK_MARGIN})`,
    })
    .from(logEvents)
    .innerJoin(servers, eq(servers.id, logEvents.serverId))
    .orderBy(desc(logEvents.ts), desc(logEvents.id))
    .limit(limit);
  return rows.map((row) => ({
    ...row,
    message: maskedPreview(row.message, PREVIEW_LENGTH, revealIps),
  }));
}
