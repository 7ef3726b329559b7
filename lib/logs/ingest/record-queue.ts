import type { ParsedRecord, ParserState } from "../parser";
import { ClockResolver } from "../timestamps";
import type { FileCursor, ResumeState } from "./cursor";

export interface TimedRecord {
  record: ParsedRecord;
  ts: Date;
}

/** Records that may be committed together, and the cursor after them. */
export interface Batch {
  rows: TimedRecord[];
  /** Cursor the batch was read from; the stored cursor must still equal it. */
  from: FileCursor;
  to: FileCursor;
  unknownCount: number;
}

interface Entry extends TimedRecord {
  /** True when the file may be cut just after this record. */
  boundary: boolean;
  /** Parser and clock state right after this record. */
  resume: ResumeState;
}

/**
 * Gives each parsed record its instant and collects them into batches that
 * end on a commit boundary: after the last line of a complete record, never
 * between two records that share a line.
 */
export class RecordQueue {
  private entries: Entry[] = [];
  private cursor: FileCursor;
  private readonly clock: ClockResolver;
  private parserState: ParserState;
  private readonly fallback: Date;

  constructor(options: {
    cursor: FileCursor;
    startDate: string;
    timeZone: string;
  }) {
    const { cursor, startDate, timeZone } = options;
    this.cursor = cursor;
    this.parserState = { date: null, time: null, ...cursor.resume?.parser };
    this.clock = new ClockResolver({
      startDate,
      timeZone,
      previous: cursor.resume?.clock ?? undefined,
    });
    // A record with no time of its own and none to inherit (the head of a
    // file without prefix) is placed at the start of the file's date.
    const midnight = new ClockResolver({ startDate, timeZone }).resolve({
      date: startDate,
      time: "00:00:00",
    });
    if (!midnight) throw new Error(`cannot resolve midnight of ${startDate}`);
    this.fallback = midnight;
  }

  get length(): number {
    return this.entries.length;
  }

  /** The cursor after the last batch taken. */
  get committed(): FileCursor {
    return this.cursor;
  }

  /**
   * Adds records in file order. The file may be cut after a record only once
   * the next record is known to start on a later line: two records can
   * share a line, and the parser may return them in separate calls.
   */
  add(records: ParsedRecord[]): void {
    for (const record of records) {
      const previous = this.entries[this.entries.length - 1];
      if (previous)
        previous.boundary = record.lineNumber > lastLine(previous.record);
      const ts = this.clock.resolve(record) ?? this.fallback;
      if (record.date !== null) this.parserState.date = record.date;
      if (record.time !== null) this.parserState.time = record.time;
      this.entries.push({
        record,
        ts,
        boundary: false,
        resume: {
          parser: { ...this.parserState },
          clock: this.clock.current,
        },
      });
    }
  }

  /** Marks the end of the input read: the last record is complete. */
  close(): void {
    const last = this.entries[this.entries.length - 1];
    if (last) last.boundary = true;
  }

  /**
   * Takes the longest run of at most `max` records that ends on a boundary.
   * When no such run exists, takes the shortest longer one. Returns null
   * when no record can be committed yet.
   */
  take(max = Infinity): Batch | null {
    let end = -1;
    for (let index = 0; index < this.entries.length; index += 1) {
      if (!this.entries[index]?.boundary) continue;
      if (index < max || end === -1) end = index;
      if (index + 1 >= max) break;
    }
    if (end === -1) return null;
    const taken = this.entries.splice(0, end + 1);
    const last = taken[taken.length - 1] as Entry;
    const to: FileCursor = {
      offset: last.record.endOffset,
      line: lastLine(last.record),
      resume: last.resume,
    };
    const batch: Batch = {
      rows: taken.map(({ record, ts }) => ({ record, ts })),
      from: this.cursor,
      to,
      unknownCount: taken.filter((entry) => entry.record.kind === "unknown")
        .length,
    };
    this.cursor = to;
    return batch;
  }
}

function lastLine(record: ParsedRecord): number {
  return record.lineNumber + record.lineCount - 1;
}
