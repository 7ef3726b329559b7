import { stat } from "node:fs/promises";
import { setTimeout as sleepFor } from "node:timers/promises";
import { childLogger } from "@/lib/logger";
import { readLines } from "../lines";
import {
  localDate,
  prepareFile,
  type IngestContext,
  type PreparedFile,
} from "./prepare";
import type { FileIngestor } from "./file-ingestor";
import { readToEnd } from "./once";
import { LogSource } from "./source";
import type { FileCounts } from "./types";

const log = childLogger("ingest");

type TailEnd = "rotated" | "replaced" | "aborted";

/**
 * Tails a live log file until the signal aborts. Growth is found by polling
 * (file-system events are unreliable on network and container mounts). When
 * the file is rotated (renamed away, or truncated and rewritten), the old
 * one is finished and the new one at the same path is followed.
 */
export async function followFile(
  context: IngestContext,
  filePath: string,
  counts: FileCounts,
): Promise<void> {
  const { signal } = context.options;
  const poll = context.options.pollIntervalMs ?? 500;
  // A file created by a rotation while we follow starts on the current day.
  let newFileDate: string | undefined;
  log.info({ file: filePath }, "following");
  while (!signal?.aborted) {
    const source = await openNonEmpty(filePath, poll, signal);
    if (!source) break;
    try {
      const prepared = await prepareFile(context, source, counts, newFileDate);
      // A gzip file may hold no content at all: wait as for an empty file.
      if (!prepared) {
        if (!(await sleep(poll, signal))) break;
        continue;
      }
      if (source.compressed) {
        log.warn(
          { file: filePath },
          "a gzip file does not grow: ingested once",
        );
        await readToEnd(prepared.ingestor, source, signal);
        break;
      }
      const end = await tail(context, source, prepared);
      log.info({ file: filePath, end, ...counts }, "file rotated or stopped");
      if (end === "aborted") break;
    } finally {
      await source.close();
    }
    newFileDate = localDate(new Date(), context.timeZone);
  }
}

async function tail(
  context: IngestContext,
  source: LogSource,
  { head, ingestor }: PreparedFile,
): Promise<TailEnd> {
  const { options } = context;
  const poll = options.pollIntervalMs ?? 500;
  const idleFlush = options.idleFlushMs ?? 2000;
  let lastGrowth = Date.now();
  for (;;) {
    const change = await inspect(source, head, ingestor.readOffset);
    if (change.type === "rotated") {
      // The renamed file is read to its end through the open handle.
      const read = await readToEnd(ingestor, source, options.signal);
      return read === "done" ? "rotated" : "aborted";
    }
    if (change.type === "replaced") {
      // Its lines not committed yet live on in the archive copy, which is
      // ingested from this file's cursor.
      await ingestor.commitReady();
      return "replaced";
    }
    const before = ingestor.readOffset;
    if (change.size > before) {
      const fed = await readGrowth(
        ingestor,
        source,
        change.size,
        options.signal,
      );
      if (fed === "aborted") break;
      if (fed === "moved") continue;
      await ingestor.commitReady();
    }
    // A partial last line (not read until complete) is no growth.
    if (ingestor.readOffset > before) {
      lastGrowth = Date.now();
      options.onProgress?.({
        file: source.path,
        bytesDone: ingestor.readOffset,
        bytesTotal: change.size,
      });
    } else if (
      ingestor.hasUncommitted &&
      Date.now() - lastGrowth >= idleFlush
    ) {
      // After a quiet spell the waiting record is taken as complete, so the
      // live view shows it. A continuation line written later becomes a
      // record of its own.
      await ingestor.finish();
    }
    if (!(await sleep(poll, options.signal))) break;
  }
  await ingestor.commitReady();
  return "aborted";
}

/** Reads the complete lines up to `end`; a partial last line waits. */
async function readGrowth(
  ingestor: FileIngestor,
  source: LogSource,
  end: number,
  signal?: AbortSignal,
) {
  const offset = ingestor.readOffset;
  const lines = readLines(source.read({ offset, end }), {
    startOffset: offset,
    startLine: ingestor.readLine,
    final: false,
  });
  return ingestor.feed(lines, signal);
}

type Change =
  { type: "rotated" } | { type: "replaced" } | { type: "same"; size: number };

async function inspect(
  source: LogSource,
  head: Buffer,
  readOffset: number,
): Promise<Change> {
  const atPath = await stat(source.path).catch(() => null);
  if (!atPath || atPath.ino !== source.inode) return { type: "rotated" };
  const size = await source.currentSize();
  if (size < readOffset) return { type: "replaced" };
  const current = await source.head(head.length);
  if (!current.equals(head)) return { type: "replaced" };
  return { type: "same", size };
}

/** Opens the file once it exists and contains at least one byte. */
async function openNonEmpty(
  filePath: string,
  poll: number,
  signal?: AbortSignal,
): Promise<LogSource | null> {
  while (!signal?.aborted) {
    const source = await LogSource.open(filePath).catch(() => null);
    if (source && source.size > 0) return source;
    await source?.close();
    if (!(await sleep(poll, signal))) break;
  }
  return null;
}

async function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  try {
    await sleepFor(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}
