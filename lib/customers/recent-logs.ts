import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { MASK_MARGIN, maskedPreview } from "@/lib/logs/mask-ip";
import { HISTORY_LIMIT } from "./detail";
import type { PlayerLogRecord, Recent } from "./types";

// Characters of each message shown; a log line can be megabytes long.
const PREVIEW_LENGTH = 500;

/**
 * Returns the player's newest log records, matched by UUID or by name in any
 * case. Each branch of the union walks its own index and stops early, and the
 * union drops records that match both. Addresses inside messages are masked
 * because this page shows no IP address to anyone.
 */
export async function getRecentLogs(
  db: Executor,
  player: { minecraftUuid: string; playerName: string },
): Promise<Recent<PlayerLogRecord>> {
  const take = HISTORY_LIMIT + 1;
  const result = await db.execute<{
    id: string;
    ts: Date;
    server_name: string;
    kind: string;
    message: string;
  }>(sql`
    select m.id, m.ts, s.name as server_name, m.kind,
      left(m.message, ${PREVIEW_LENGTH + MASK_MARGIN}) as message
    from (
      (select id, ts, server_id, kind, message from log_events
        where player_uuid = ${player.minecraftUuid}::uuid
        order by ts desc, id desc limit ${take})
      union
      (select id, ts, server_id, kind, message from log_events
        where lower(player) = lower(${player.playerName})
        order by ts desc, id desc limit ${take})
    ) m
    join servers s on s.id = m.server_id
    order by m.ts desc, m.id desc
    limit ${take}`);
  const rows = result.rows.slice(0, HISTORY_LIMIT).map((row) => ({
    id: Number(row.id),
    ts: new Date(row.ts),
    serverName: row.server_name,
    kind: row.kind,
    message: maskedPreview(row.message, PREVIEW_LENGTH, false),
  }));
  return { rows, total: null, more: result.rows.length > HISTORY_LIMIT };
}
