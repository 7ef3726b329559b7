import type { Database } from "@/db";
import type { Line } from "../lines";
import { LogParser } from "../parser";
import type { FileCursor } from "./cursor";
import { RecordQueue, type Batch } from "./record-queue";
import type { BatchInfo, FileCounts, IngestTestHooks } from "./types";
import { commitBatch, type CommitResult } from "./writer";

export interface IngestTarget {
  fileId: number;
  serverId: number;
  path: string;
  startDate: string;
  timeZone: string;
  batchSize: number;
  hooks?: IngestTestHooks;
}

export type FeedResult = "done" | "moved" | "aborted";

/**
 * Parses one file's lines and stores its records batch by batch, one batch
 * in flight at a time. When a commit finds that another writer moved the
 * file's cursor, the parse is reset to that cursor and the caller reads
 * again from `readOffset`.
 */
export class FileIngestor {
  private parser!: LogParser;
  private queue!: RecordQueue;
  private next = { offset: 0, line: 1 };
  private batches = 0;
  /** The batch being committed while the next one is parsed. */
  private inFlight: Promise<CommitResult> | null = null;

  constructor(
    private readonly db: Database,
    private readonly target: IngestTarget,
    cursor: FileCursor,
    /** Totals of the run, added to as batches commit. */
    readonly counts: FileCounts,
  ) {
    counts.linesSkipped += cursor.line;
    this.reset(cursor);
  }

  /** Byte offset of the next line to read. */
  get readOffset(): number {
    return this.next.offset;
  }

  get readLine(): number {
    return this.next.line;
  }

  /** True when lines have been read that are not committed yet. */
  get hasUncommitted(): boolean {
    return this.next.offset > this.queue.committed.offset;
  }

  async feed(
    lines: AsyncIterable<Line>,
    signal?: AbortSignal,
  ): Promise<FeedResult> {
    try {
      for await (const line of lines) {
        if (signal?.aborted) return "aborted";
        this.queue.add(this.parser.push(line));
        this.next = { offset: line.end, line: line.number + 1 };
        if (this.queue.length >= this.target.batchSize) {
          const batch = this.queue.take(this.target.batchSize);
          if (batch && !(await this.submit(batch))) return "moved";
        }
      }
    } catch (error) {
      // A read error (a corrupt archive) must not leave the batch in flight
      // running on its own: its rows count in this run's totals.
      await this.settle().catch(() => false);
      throw error;
    }
    return "done";
  }

  /** Commits every record that ends on a commit boundary. */
  async commitReady(): Promise<boolean> {
    for (
      let batch = this.queue.take(this.target.batchSize);
      batch;
      batch = this.queue.take(this.target.batchSize)
    ) {
      if (!(await this.submit(batch))) return false;
    }
    return this.settle();
  }

  /**
   * Declares the input read so far complete: the record waiting for
   * continuation lines is closed and everything is committed.
   */
  async finish(): Promise<boolean> {
    this.queue.add(this.parser.end());
    this.queue.close();
    return this.commitReady();
  }

  private reset(cursor: FileCursor) {
    this.parser = new LogParser({ previous: cursor.resume?.parser });
    this.queue = new RecordQueue({
      cursor,
      startDate: this.target.startDate,
      timeZone: this.target.timeZone,
    });
    this.next = { offset: cursor.offset, line: cursor.line + 1 };
  }

  /**
   * Starts committing `batch` once the previous batch has committed, and
   * returns without waiting, so parsing goes on while the database writes.
   */
  private async submit(batch: Batch): Promise<boolean> {
    if (!(await this.settle())) return false;
    const commit = this.commit(batch);
    // Awaited by the next settle(); this keeps a failure from counting as
    // unhandled in the meantime.
    commit.catch(() => {});
    this.inFlight = commit;
    return true;
  }

  /** Waits for the batch in flight; false when the cursor had moved. */
  private async settle(): Promise<boolean> {
    const commit = this.inFlight;
    this.inFlight = null;
    const result = commit ? await commit : null;
    if (result?.status !== "moved") return true;
    this.reset(result.cursor);
    return false;
  }

  private async commit(batch: Batch): Promise<CommitResult> {
    const info: BatchInfo = {
      file: this.target.path,
      batch: this.batches + 1,
      records: batch.rows.length,
      committedOffset: batch.to.offset,
    };
    const { hooks } = this.target;
    const result = await commitBatch(
      this.db,
      {
        fileId: this.target.fileId,
        serverId: this.target.serverId,
        path: this.target.path,
        beforeCommit: hooks?.beforeCommit && (() => hooks.beforeCommit?.(info)),
      },
      batch,
    );
    if (result.status === "moved") {
      this.counts.linesSkipped += Math.max(
        0,
        result.cursor.line - batch.from.line,
      );
      return result;
    }
    this.batches += 1;
    this.counts.linesRead += batch.to.line - batch.from.line;
    this.counts.recordsStored += batch.rows.length;
    this.counts.unknownRecords += batch.unknownCount;
    await hooks?.afterBatch?.(info);
    return result;
  }
}
