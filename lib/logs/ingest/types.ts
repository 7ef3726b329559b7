export interface IngestProgress {
  file: string;
  /** On-disk bytes of this file read so far (compressed bytes for gzip). */
  bytesDone: number;
  bytesTotal: number;
}

export interface BatchInfo {
  file: string;
  /** 1-based number of the batch within this run of this file. */
  batch: number;
  records: number;
  committedOffset: number;
}

/** Failure injection for tests; never set in production. */
export interface IngestTestHooks {
  /** Runs inside a batch's transaction just before it commits. */
  beforeCommit?(info: BatchInfo): void | Promise<void>;
  /** Runs after a batch has committed. */
  afterBatch?(info: BatchInfo): void | Promise<void>;
}

export interface IngestOptions {
  server: string;
  /** IANA zone of the server's clock; default the server's, else UTC. */
  timeZone?: string;
  /** "YYYY-MM-DD" for files whose name carries no date. */
  date?: string;
  /** Keep tailing the live file (latest.log) until `signal` aborts. */
  follow?: boolean;
  /** Records per transaction (default 1,000). */
  batchSize?: number;
  /** Follow mode: how often the file is checked for growth (default 500). */
  pollIntervalMs?: number;
  /**
   * Follow mode: after this long without growth the record still waiting
   * for continuation lines is stored (default 2,000).
   */
  idleFlushMs?: number;
  onProgress?(progress: IngestProgress): void;
  onFileDone?(result: FileResult): void;
  signal?: AbortSignal;
  testHooks?: IngestTestHooks;
}

export interface FileCounts {
  /** Lines whose records this run stored. */
  linesRead: number;
  recordsStored: number;
  unknownRecords: number;
  /** Lines already stored earlier or by a concurrent ingest. */
  linesSkipped: number;
}

export interface FileResult extends FileCounts {
  file: string;
  /** True when the file held nothing new (or nothing at all). */
  skipped: boolean;
  error?: string;
}

export interface IngestSummary extends FileCounts {
  files: number;
  filesSkipped: number;
  errors: { file: string; message: string }[];
}

export function emptyCounts(): FileCounts {
  return { linesRead: 0, recordsStored: 0, unknownRecords: 0, linesSkipped: 0 };
}
