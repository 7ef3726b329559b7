import { readLines } from "../lines";
import type { FileIngestor } from "./file-ingestor";
import { prepareFile, type IngestContext } from "./prepare";
import { LogSource } from "./source";
import type { FileCounts } from "./types";

/**
 * Ingests a file from its committed cursor to its current end. A file that
 * another ingest is reading at the same time is shared line by line: each
 * batch either commits from the stored cursor or is dropped and re-read.
 */
export async function ingestOnce(
  context: IngestContext,
  filePath: string,
  counts: FileCounts,
): Promise<void> {
  const { options } = context;
  const source = await LogSource.open(filePath);
  try {
    const prepared = await prepareFile(context, source, counts);
    if (!prepared) return;
    const { file, ingestor } = prepared;
    const report = (bytesDone: number) =>
      options.onProgress?.({
        file: filePath,
        bytesDone: Math.min(bytesDone, source.size),
        bytesTotal: source.size,
      });

    if (
      source.compressed &&
      (await isCompleteArchive(source, file.cursor.offset))
    ) {
      report(source.size);
      return;
    }
    report(source.compressed ? 0 : file.cursor.offset);
    await readToEnd(ingestor, source, options.signal, report);
  } finally {
    await source.close();
  }
}

/**
 * Reads from the ingestor's position to the end of the file and commits
 * everything, the last record included; on abort, commits what is complete.
 */
export async function readToEnd(
  ingestor: FileIngestor,
  source: LogSource,
  signal?: AbortSignal,
  onDiskBytes?: (bytes: number) => void,
): Promise<"done" | "aborted"> {
  for (;;) {
    const offset = ingestor.readOffset;
    const lines = readLines(source.read({ offset, onDiskBytes }), {
      startOffset: offset,
      startLine: ingestor.readLine,
      final: true,
    });
    const fed = await ingestor.feed(lines, signal);
    if (fed === "moved") continue;
    if (fed === "aborted") {
      await ingestor.commitReady();
      return "aborted";
    }
    if (await ingestor.finish()) return "done";
  }
}

/**
 * Checks the gzip trailer, which stores the content length modulo 2^32: an
 * archive whose cursor already reaches it needs no decompression.
 * NOTE: with several gzip members the trailer gives the last member's length
 * only, so a cursor equal to it by chance would skip the rest.
 */
async function isCompleteArchive(source: LogSource, committed: number) {
  if (committed === 0 || source.size < 18) return false;
  const length = await source.trailerLength();
  return length === committed % 2 ** 32;
}
