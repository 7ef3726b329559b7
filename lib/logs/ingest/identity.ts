import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db";
import { logFiles, type LogFile } from "@/db/schema";
import { parseResumeState, type FileCursor } from "./cursor";
import { HEAD_LENGTH, sha256 } from "./source";

export interface LogFileRecord {
  id: number;
  serverId: number;
  startDate: string;
  cursor: FileCursor;
}

// First key of the advisory lock that serialises file identification per
// server (the second key is the server id).
const IDENTITY_LOCK = 0x6c6f6766;

const columns = {
  id: logFiles.id,
  serverId: logFiles.serverId,
  fingerprint: logFiles.fingerprint,
  headLength: logFiles.headLength,
  path: logFiles.path,
  startDate: logFiles.startDate,
  dateFromName: logFiles.dateFromName,
  committedOffset: logFiles.committedOffset,
  committedLine: logFiles.committedLine,
  resumeState: logFiles.resumeState,
};

type Row = Pick<LogFile, keyof typeof columns>;

/**
 * Finds the stored file whose content starts with `head`, or registers a new
 * one, and records `path` as where it was last seen. A file seen while
 * shorter than HEAD_LENGTH bytes was stored with a shorter head. If that
 * head is a prefix of this one, it is the same file grown, and its identity
 * is widened to the longer head. Two files whose names carry different
 * dates are never the same file, whatever their heads.
 */
export async function resolveLogFile(
  db: Database,
  input: {
    serverId: number;
    head: Buffer;
    path: string;
    startDate: string;
    dateFromName: boolean;
  },
): Promise<LogFileRecord> {
  const { serverId, head, path, startDate, dateFromName } = input;
  const sameFile = (row: Row) =>
    !(dateFromName && row.dateFromName && row.startDate !== startDate);
  if (head.length === 0) throw new Error("an empty file has no identity");
  const fingerprint = sha256(head);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${IDENTITY_LOCK}, ${serverId}::int)`,
    );
    const exact = await tx
      .select(columns)
      .from(logFiles)
      .where(
        and(
          eq(logFiles.serverId, serverId),
          eq(logFiles.fingerprint, fingerprint),
          eq(logFiles.headLength, head.length),
        ),
      );
    const found =
      exact.find((row) => row.startDate === startDate) ?? exact.find(sameFile);
    if (found) {
      if (found.path !== path) {
        await tx
          .update(logFiles)
          .set({ path })
          .where(eq(logFiles.id, found.id));
      }
      return toRecord(found);
    }

    const grown = await findGrownFile(tx, serverId, head, sameFile);
    if (grown) {
      await tx
        .update(logFiles)
        .set({
          fingerprint,
          headLength: head.length,
          path,
          updatedAt: new Date(),
        })
        .where(eq(logFiles.id, grown.id));
      return toRecord(grown);
    }

    const [created] = await tx
      .insert(logFiles)
      .values({
        serverId,
        fingerprint,
        headLength: head.length,
        path,
        startDate,
        dateFromName,
      })
      .returning(columns);
    if (!created) throw new Error("log_files insert returned no row");
    return toRecord(created);
  });
}

async function findGrownFile(
  tx: Executor,
  serverId: number,
  head: Buffer,
  sameFile: (row: Row) => boolean,
): Promise<Row | null> {
  if (head.length <= 1) return null;
  const shorter = await tx
    .select(columns)
    .from(logFiles)
    .where(
      and(
        eq(logFiles.serverId, serverId),
        lt(logFiles.headLength, Math.min(head.length, HEAD_LENGTH)),
        gt(logFiles.headLength, 0),
      ),
    )
    .orderBy(desc(logFiles.headLength));
  return (
    shorter.find(
      (row) =>
        sameFile(row) &&
        sha256(head.subarray(0, row.headLength)) === row.fingerprint,
    ) ?? null
  );
}

function toRecord(row: Row): LogFileRecord {
  return {
    id: row.id,
    serverId: row.serverId,
    startDate: row.startDate,
    cursor: {
      offset: row.committedOffset,
      line: row.committedLine,
      resume: parseResumeState(row.resumeState),
    },
  };
}
