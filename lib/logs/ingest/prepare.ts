import path from "node:path";
import type { Database } from "@/db";
import { childLogger } from "@/lib/logger";
import type { ServerRef } from "../servers";
import { dateFromFileName } from "../timestamps";
import { FileIngestor } from "./file-ingestor";
import { resolveLogFile, type LogFileRecord } from "./identity";
import type { LogSource } from "./source";
import type { FileCounts, IngestOptions } from "./types";

const log = childLogger("ingest");

export const DEFAULT_BATCH_SIZE = 1000;

export interface IngestContext {
  db: Database;
  server: ServerRef;
  timeZone: string;
  options: IngestOptions;
}

export interface PreparedFile {
  file: LogFileRecord;
  head: Buffer;
  ingestor: FileIngestor;
}

/**
 * Identifies an open file and sets up its ingestor at the committed cursor.
 * Returns null for an empty file, which has no identity yet. `newFileDate`
 * dates a file created after the ingest started, which options.date (meant
 * for the files present at the start) does not describe.
 */
export async function prepareFile(
  context: IngestContext,
  source: LogSource,
  counts: FileCounts,
  newFileDate?: string,
): Promise<PreparedFile | null> {
  const head = await source.head();
  if (head.length === 0) return null;
  const nameDate = dateFromFileName(path.basename(source.path));
  const knownDate = nameDate ?? newFileDate ?? context.options.date;
  const startDate = knownDate ?? localDate(source.mtime, context.timeZone);
  const file = await resolveLogFile(context.db, {
    serverId: context.server.id,
    head,
    path: source.path,
    startDate,
    dateFromName: nameDate !== null,
  });
  if (!knownDate && file.cursor.line === 0) {
    log.warn(
      { file: source.path, date: startDate },
      "the file name carries no date and no date option was given: dating its first lines from the file's modification time",
    );
  }
  const ingestor = new FileIngestor(
    context.db,
    {
      fileId: file.id,
      serverId: context.server.id,
      path: source.path,
      startDate: file.startDate,
      timeZone: context.timeZone,
      batchSize: context.options.batchSize ?? DEFAULT_BATCH_SIZE,
      hooks: context.options.testHooks,
    },
    file.cursor,
    counts,
  );
  return { file, head, ingestor };
}

/** Formats the calendar date of `instant` in `timeZone` as "YYYY-MM-DD". */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}
