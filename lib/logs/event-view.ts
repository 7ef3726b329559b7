import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/db";
import { customers, logEvents, servers, type StaffRole } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { IP_PLACEHOLDER, MASK_MARGIN, maskedPreview } from "./mask-ip";

/** A log record as the viewer shows it. */
export interface LogEventView {
  id: number;
  /** UTC ISO time with microseconds. */
  ts: string;
  serverId: number;
  serverName: string;
  fileId: number | null;
  lineNumber: number | null;
  thread: string | null;
  level: string | null;
  logger: string | null;
  kind: string;
  player: string | null;
  playerUuid: string | null;
  ip: string | null;
  port: number | null;
  entityId: number | null;
  world: string | null;
  x: number | null;
  y: number | null;
  z: number | null;
  command: string | null;
  /** At most MESSAGE_LIMIT characters of the message. */
  message: string;
  /** At most RAW_LIMIT characters of the raw text. */
  raw: string;
  /** Length of the whole raw text, which the database keeps in full. */
  rawLength: number;
  /** The customer this player is, by UUID first, else by name. */
  customerId: number | null;
}

// A single log line can be megabytes long (a dumped packet, a plugin's
// JSON). A page of 100 such rows would weigh tens of megabytes, so rows
// carry a prefix; the full text stays in the database.
export const MESSAGE_LIMIT = 2_000;
export const RAW_LIMIT = 20_000;

const byUuid = alias(customers, "customer_by_uuid");
const byName = alias(customers, "customer_by_name");

const columns = {
  id: logEvents.id,
  ts: sql<string>`to_char(${logEvents.ts} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  serverId: logEvents.serverId,
  serverName: servers.name,
  fileId: logEvents.fileId,
  lineNumber: logEvents.lineNumber,
  thread: logEvents.thread,
  level: logEvents.level,
  logger: logEvents.logger,
  kind: logEvents.kind,
  player: logEvents.player,
  playerUuid: logEvents.playerUuid,
  ip: logEvents.ip,
  port: logEvents.port,
  entityId: logEvents.entityId,
  world: logEvents.world,
  x: logEvents.x,
  y: logEvents.y,
  z: logEvents.z,
  // Texts are read MASK_MARGIN past their limit for maskedPreview.
  command: sql<
    string | null
  >`left(${logEvents.command}, ${sql.raw(String(MESSAGE_LIMIT + MASK_MARGIN))})`,
  message: sql<string>`left(${logEvents.message}, ${sql.raw(String(MESSAGE_LIMIT + MASK_MARGIN))})`,
  raw: sql<string>`left(${logEvents.raw}, ${sql.raw(String(RAW_LIMIT + MASK_MARGIN))})`,
  rawLength: sql<number>`length(${logEvents.raw})`.mapWith(Number),
  customerId: sql<number | null>`coalesce(${byUuid.id}, ${byName.id})`.mapWith(
    (value) => (value === null ? null : Number(value)),
  ),
};

export function selectEvents(db: Executor) {
  // Both customer keys are unique, so each join adds at most one row.
  return db
    .select(columns)
    .from(logEvents)
    .innerJoin(servers, eq(servers.id, logEvents.serverId))
    .leftJoin(byUuid, eq(byUuid.minecraftUuid, logEvents.playerUuid))
    .leftJoin(
      byName,
      sql`lower(${byName.playerName}) = lower(${logEvents.player})`,
    );
}

/**
 * Applies the viewer's IP permission to a row before it leaves the server,
 * then cuts the texts to their limits.
 */
export function applyIpPermission(
  row: LogEventView,
  role: StaffRole,
): LogEventView {
  const reveal = can(role, "logs.viewIp");
  return {
    ...row,
    ip: reveal || row.ip === null ? row.ip : IP_PLACEHOLDER,
    message: maskedPreview(row.message, MESSAGE_LIMIT, reveal),
    raw: maskedPreview(row.raw, RAW_LIMIT, reveal),
    command:
      row.command === null
        ? null
        : maskedPreview(row.command, MESSAGE_LIMIT, reveal),
  };
}
