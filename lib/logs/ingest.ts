import { stat } from "node:fs/promises";
import type { Database } from "@/db";
import { childLogger } from "@/lib/logger";
import { followFile } from "./ingest/follow";
import { ingestOnce } from "./ingest/once";
import type { IngestContext } from "./ingest/prepare";
import {
  emptyCounts,
  type FileCounts,
  type FileResult,
  type IngestOptions,
  type IngestSummary,
} from "./ingest/types";
import { followTargets, listLogFiles, type FoundFile } from "./ingest/walk";
import { getOrCreateServer, isValidTimeZone } from "./servers";
import { isValidDate } from "./timestamps";

export type {
  BatchInfo,
  FileResult,
  IngestOptions,
  IngestProgress,
  IngestSummary,
  IngestTestHooks,
} from "./ingest/types";
export { followTargets, listLogFiles } from "./ingest/walk";

const log = childLogger("ingest");

/**
 * Ingests log files and folders (walked for *.log and *.log.gz, archives in
 * date order, latest.log last) exactly once each. A file that fails is
 * reported in `errors` and the others are still ingested. With `follow`,
 * latest.log (or the single file given) is then tailed until `signal`
 * aborts.
 */
export async function ingestPaths(
  db: Database,
  paths: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  checkOptions(options);
  const server = await getOrCreateServer(db, options.server, options.timeZone);
  if (options.timeZone && options.timeZone !== server.timeZone) {
    log.warn(
      { server: server.name, stored: server.timeZone, given: options.timeZone },
      "the given time zone differs from the server's stored zone; using the given one for this ingest",
    );
  }
  const context: IngestContext = {
    db,
    server,
    timeZone: options.timeZone ?? server.timeZone,
    options,
  };
  const summary: IngestSummary = {
    files: 0,
    filesSkipped: 0,
    ...emptyCounts(),
    errors: [],
  };
  const files = await findFiles(paths, summary);
  const tailed = new Set(
    options.follow ? followTargets(files).map((file) => file.path) : [],
  );
  if (options.follow && tailed.size === 0) {
    throw new Error(
      "follow mode needs a latest.log among the paths, or exactly one file",
    );
  }
  log.info(
    {
      server: server.name,
      timeZone: context.timeZone,
      files: files.length,
      follow: tailed.size > 0,
    },
    "ingest started",
  );

  for (const file of files) {
    if (options.signal?.aborted) break;
    if (tailed.has(file.path)) continue;
    const result = await guarded(file.path, (counts) =>
      ingestOnce(context, file.path, counts),
    );
    addResult(summary, result, options);
  }
  const followed = await Promise.all(
    [...tailed].map((file) =>
      guarded(file, (counts) => followFile(context, file, counts)),
    ),
  );
  for (const result of followed) addResult(summary, result, options);

  log.info(
    {
      ...summary,
      errors: summary.errors.length,
      aborted: options.signal?.aborted ?? false,
    },
    "ingest finished",
  );
  return summary;
}

/** Ingests one file (see ingestPaths); `path` must not be a folder. */
export async function ingestFile(
  db: Database,
  path: string,
  options: IngestOptions,
): Promise<IngestSummary> {
  if ((await stat(path)).isDirectory()) {
    throw new Error(`${path} is a folder; use ingestPaths for folders`);
  }
  return ingestPaths(db, [path], options);
}

function checkOptions(options: IngestOptions) {
  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    throw new Error(`Unknown time zone "${options.timeZone}".`);
  }
  if (options.date !== undefined && !isValidDate(options.date)) {
    throw new Error(`Invalid date "${options.date}": expected YYYY-MM-DD.`);
  }
  if (options.batchSize !== undefined && !(options.batchSize >= 1)) {
    throw new Error("batchSize must be at least 1");
  }
}

async function findFiles(
  paths: string[],
  summary: IngestSummary,
): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  for (const path of paths) {
    try {
      found.push(...(await listLogFiles([path])));
    } catch (error) {
      summary.errors.push({ file: path, message: messageOf(error) });
      log.error({ err: error, file: path }, "cannot list path");
    }
  }
  // Listing each path alone keeps one missing path from hiding the others;
  // listing the found files again sorts and de-duplicates them together.
  return found.length > 0 ? listLogFiles(found.map((file) => file.path)) : [];
}

// Runs one file's ingest; a failure keeps the counts of the batches that
// committed before it.
async function guarded(
  file: string,
  run: (counts: FileCounts) => Promise<void>,
): Promise<FileResult> {
  const counts = emptyCounts();
  try {
    await run(counts);
  } catch (error) {
    log.error({ err: error, file, ...counts }, "file failed");
    return { file, ...counts, skipped: false, error: messageOf(error) };
  }
  const result = { file, ...counts, skipped: counts.linesRead === 0 };
  log.info(
    result,
    result.skipped ? "file skipped: nothing new" : "file ingested",
  );
  return result;
}

function addResult(
  summary: IngestSummary,
  result: FileResult,
  options: IngestOptions,
) {
  summary.files += 1;
  if (result.skipped && !result.error) summary.filesSkipped += 1;
  if (result.error) {
    summary.errors.push({ file: result.file, message: result.error });
  }
  summary.linesRead += result.linesRead;
  summary.recordsStored += result.recordsStored;
  summary.unknownRecords += result.unknownRecords;
  summary.linesSkipped += result.linesSkipped;
  options.onFileDone?.(result);
}

// Database errors arrive wrapped by the query builder, whose message contains
// the statement, so the reason comes from the cause.
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const first = error.message.split("\n")[0] ?? "";
  return error.cause instanceof Error
    ? `${first}: ${error.cause.message}`
    : first;
}
