import { eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db";
import { logFiles } from "@/db/schema";
import { parseResumeState, type FileCursor } from "./cursor";
import type { Batch, TimedRecord } from "./record-queue";

export type CommitResult =
  | { status: "committed" }
  /** Another writer moved the file's cursor; nothing was written. */
  | { status: "moved"; cursor: FileCursor };

export interface CommitTarget {
  fileId: number;
  serverId: number;
  path: string;
  /** Runs inside the transaction just before it commits (tests). */
  beforeCommit?: () => void | Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Stores a batch and moves the file's cursor in one transaction. The file
 * row is locked first: if its cursor is no longer where the batch was read
 * from, another writer got there first and the batch is dropped, so two
 * ingests of one file never store a line twice.
 */
export async function commitBatch(
  db: Database,
  target: CommitTarget,
  batch: Batch,
): Promise<CommitResult> {
  return db.transaction(async (tx) => {
    const [stored] = await tx
      .select({
        offset: logFiles.committedOffset,
        line: logFiles.committedLine,
        resume: logFiles.resumeState,
      })
      .from(logFiles)
      .where(eq(logFiles.id, target.fileId))
      .for("update");
    if (!stored) throw new Error(`log file ${target.fileId} no longer exists`);
    if (
      stored.offset !== batch.from.offset ||
      stored.line !== batch.from.line
    ) {
      return {
        status: "moved",
        cursor: {
          offset: stored.offset,
          line: stored.line,
          resume: parseResumeState(stored.resume),
        },
      };
    }
    await insertRows(tx, target, batch.rows);
    await tx
      .update(logFiles)
      .set({
        committedOffset: batch.to.offset,
        committedLine: batch.to.line,
        resumeState: batch.to.resume,
        recordCount: sql`${logFiles.recordCount} + ${batch.rows.length}`,
        unknownCount: sql`${logFiles.unknownCount} + ${batch.unknownCount}`,
        path: target.path,
        updatedAt: new Date(),
      })
      .where(eq(logFiles.id, target.fileId));
    await target.beforeCommit?.();
    return { status: "committed" };
  });
}

// One statement per batch: each column travels as one array parameter and
// unnest() turns the arrays back into rows.
async function insertRows(
  tx: Transaction,
  target: CommitTarget,
  rows: TimedRecord[],
): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: TimedRecord) => T) =>
    sql.param(rows.map(pick));
  await tx.execute(sql`
    insert into log_events (
      server_id, file_id, line_number, ts, thread, level, logger, kind,
      player, player_uuid, ip, port, entity_id, world, x, y, z, command,
      message, raw
    )
    select ${target.serverId}::bigint, ${target.fileId}::bigint, r.*
    from unnest(
      ${column((row) => row.record.lineNumber)}::int[],
      ${column((row) => row.ts.toISOString())}::timestamptz[],
      ${column((row) => row.record.thread)}::text[],
      ${column((row) => row.record.level)}::text[],
      ${column((row) => row.record.logger)}::text[],
      ${column((row) => row.record.kind)}::text[],
      ${column((row) => row.record.player)}::text[],
      ${column((row) => uuidOrNull(row.record.playerUuid))}::uuid[],
      ${column((row) => row.record.ip)}::text[],
      ${column((row) => row.record.port)}::int[],
      ${column((row) => row.record.entityId)}::bigint[],
      ${column((row) => row.record.world)}::text[],
      ${column((row) => row.record.x)}::float8[],
      ${column((row) => row.record.y)}::float8[],
      ${column((row) => row.record.z)}::float8[],
      ${column((row) => row.record.command)}::text[],
      ${column((row) => row.record.message)}::text[],
      ${column((row) => row.record.raw)}::text[]
    ) as r
  `);
}

function uuidOrNull(value: string | null): string | null {
  return value !== null && UUID.test(value) ? value : null;
}
