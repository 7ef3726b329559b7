import { splitText, type Line } from "./lines";
import { analyseLine } from "./parse/line-shape";
import { headBody, stripColour } from "./parse/message-text";
import type { Head } from "./parse/prefix";
import {
  applyHead,
  byteOffset,
  finishDraft,
  newRecord,
  type Draft,
  type ParsedRecord,
} from "./parse/record";

export { parseAddress, parsePosition } from "./parse/address";
export { stripColour } from "./parse/message-text";
export type { ParsedRecord } from "./parse/record";

/** Date and time that a parser resuming in the middle of a file inherits. */
export interface ParserState {
  date: string | null;
  time: string | null;
}

/**
 * Groups lines into records. Feed lines in order with push(); each call
 * returns the records that the line completed, and end() returns the last.
 *
 * Damage can glue several records into one line. They all get that line's
 * number; the first starts at the line's start, the last ends at its end, and
 * the split points are byte offsets inside the line. Records of one line are
 * returned together, so the last record of every batch ends at a line end and
 * a reader can resume from its endOffset with the `state` of the parser.
 */
export class LogParser {
  private pending: Draft | null = null;
  private lastTime: string | null;
  private emitted: ParserState;

  constructor(options: { previous?: ParserState } = {}) {
    this.lastTime = options.previous?.time ?? null;
    this.emitted = {
      date: options.previous?.date ?? null,
      time: this.lastTime,
    };
  }

  /** Date and time as of the last record returned, for resuming after it. */
  get state(): ParserState {
    return { ...this.emitted };
  }

  push(line: Line): ParsedRecord[] {
    const out: ParsedRecord[] = [];
    const shape = analyseLine(line.text);
    switch (shape.type) {
      case "records":
        this.flush(out);
        this.pending = this.lineDraft(line, shape.heads, null);
        break;
      case "fragment":
        this.pushFragment(line, shape.heads, out);
        break;
      case "time":
        this.flush(out);
        this.pending = this.timeOnlyDraft(line, shape.date, shape.time);
        break;
      case "continuation":
        if (this.pending) this.appendContinuation(line);
        else this.pending = this.unknownDraft(line);
        break;
      case "unknown":
        this.flush(out);
        this.pending = this.unknownDraft(line);
        break;
    }
    return out;
  }

  end(): ParsedRecord[] {
    const out: ParsedRecord[] = [];
    this.flush(out);
    return out;
  }

  private flush(out: ParsedRecord[]) {
    if (!this.pending) return;
    const draft = this.pending;
    this.pending = null;
    for (const record of [...draft.sameLine, finishDraft(draft)]) {
      if (record.date !== null) this.emitted.date = record.date;
      if (record.time !== null) this.emitted.time = record.time;
      out.push(record);
    }
  }

  // "[00:04:52]" then "[Server thread/INFO]: msg" is one record of two lines.
  private pushFragment(line: Line, heads: Head[], out: ParsedRecord[]) {
    const timeOnly = this.pending?.timeOnly ? this.pending : null;
    if (!timeOnly) this.flush(out);
    this.pending = this.lineDraft(line, heads, timeOnly);
  }

  /** Builds the records of one line; all but the last are already complete. */
  private lineDraft(line: Line, heads: Head[], timeOnly: Draft | null): Draft {
    const drafts = heads.map((head, index) =>
      this.headDraft(line, head, heads[index + 1]),
    );
    const first = drafts[0];
    const last = drafts[drafts.length - 1];
    if (!first || !last) throw new Error("A record line needs a prefix.");
    if (timeOnly) this.mergeTimeOnly(timeOnly, first);
    last.sameLine = drafts.slice(0, -1).map(finishDraft);
    return last;
  }

  private mergeTimeOnly(timeOnly: Draft, draft: Draft) {
    const { record } = draft;
    record.lineNumber = timeOnly.record.lineNumber;
    record.lineCount += timeOnly.record.lineCount;
    record.startOffset = timeOnly.record.startOffset;
    record.date = timeOnly.record.date;
    record.time = timeOnly.record.time;
    record.timeInherited = false;
    draft.rawLines.unshift(...timeOnly.rawLines);
  }

  private headDraft(line: Line, head: Head, next: Head | undefined): Draft {
    const end = next ? next.start : line.text.length;
    const record = newRecord(
      line,
      head.start === 0 ? line.start : byteOffset(line, head.start),
      next ? byteOffset(line, end) : line.end,
    );
    const body = headBody(line.text, head);
    applyHead(record, head, body);
    record.date = head.date;
    this.setTime(record, head.time);
    return {
      record,
      rawLines: [line.text.slice(head.start, end)],
      messageLines: [body.message],
      timeOnly: false,
      sameLine: [],
    };
  }

  private timeOnlyDraft(line: Line, date: string | null, time: string): Draft {
    const record = newRecord(line, line.start, line.end);
    record.date = date;
    this.setTime(record, time);
    return {
      record,
      rawLines: [line.text],
      messageLines: [""],
      timeOnly: true,
      sameLine: [],
    };
  }

  private unknownDraft(line: Line): Draft {
    const record = newRecord(line, line.start, line.end);
    this.setTime(record, null);
    return {
      record,
      rawLines: [line.text],
      messageLines: [stripColour(line.text).trim()],
      timeOnly: false,
      sameLine: [],
    };
  }

  private setTime(record: ParsedRecord, time: string | null) {
    if (time !== null) {
      record.time = time;
      this.lastTime = time;
      return;
    }
    record.time = this.lastTime;
    record.timeInherited = this.lastTime !== null;
  }

  private appendContinuation(line: Line) {
    const draft = this.pending as Draft;
    draft.rawLines.push(line.text);
    draft.messageLines.push(stripColour(line.text).trimEnd());
    draft.record.lineCount += 1;
    draft.record.endOffset = line.end;
    draft.timeOnly = false;
  }
}

/** Parses a whole text; offsets count UTF-8 bytes. */
export function parseLogText(text: string): ParsedRecord[] {
  const parser = new LogParser();
  const records: ParsedRecord[] = [];
  for (const line of splitText(text)) records.push(...parser.push(line));
  records.push(...parser.end());
  return records;
}
