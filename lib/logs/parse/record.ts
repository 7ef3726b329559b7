import type { LogKind, LogLevel } from "../kinds";
import type { Line } from "../lines";

import { classifyAuthMe, classifyMessage } from "./events";
import type { Body } from "./message-text";
import type { Head } from "./prefix";

export interface ParsedRecord {
  /** First line of the record (1-based). */
  lineNumber: number;
  lineCount: number;
  /** Byte offset of the record's first character. */
  startOffset: number;
  /** Byte offset just past the record's last line (or its part of a line). */
  endOffset: number;
  /** The original lines joined with "\n", colour codes kept. */
  raw: string;
  /** "YYYY-MM-DD", only when the line itself carries a date. */
  date: string | null;
  /**
   * "HH:MM:SS" or "HH:MM:SS.mmm" as written. A line without a time gets the
   * time of the record before it.
   */
  time: string | null;
  /** True when time was copied from the previous record. */
  timeInherited: boolean;
  thread: string | null;
  level: LogLevel | null;
  /** Logger from the prefix, else the plugin tag opening the message. */
  logger: string | null;
  kind: LogKind;
  /** A valid Minecraft name (1-16 of [A-Za-z0-9_]) or null. */
  player: string | null;
  playerUuid: string | null;
  /** Null when absent or masked ("***", "<censored>", "local", ...). */
  ip: string | null;
  port: number | null;
  entityId: number | null;
  world: string | null;
  /** Null when absent, ambiguous or not finite. */
  x: number | null;
  y: number | null;
  z: number | null;
  /** Command with its leading slash, for command records. */
  command: string | null;
  /**
   * Body after the prefix with ANSI and § colour codes stripped and trailing
   * whitespace trimmed; continuation lines follow after "\n".
   */
  message: string;
}

export interface Draft {
  record: ParsedRecord;
  rawLines: string[];
  messageLines: string[];
  /** A line holding only a time; the next line may supply the rest. */
  timeOnly: boolean;
  /** Finished records split from the start of this record's first line. */
  sameLine: ParsedRecord[];
}

export function newRecord(
  line: Line,
  start: number,
  end: number,
): ParsedRecord {
  return {
    lineNumber: line.number,
    lineCount: 1,
    startOffset: start,
    endOffset: end,
    raw: "",
    date: null,
    time: null,
    timeInherited: false,
    thread: null,
    level: null,
    logger: null,
    kind: "unknown",
    player: null,
    playerUuid: null,
    ip: null,
    port: null,
    entityId: null,
    world: null,
    x: null,
    y: null,
    z: null,
    command: null,
    message: "",
  };
}

export function applyHead(record: ParsedRecord, head: Head, body: Body) {
  // Every line of AuthMe's own file comes from AuthMe, so it needs no tag.
  const found =
    head.family === "authme"
      ? classifyAuthMe(body.message)
      : classifyMessage(body);
  Object.assign(record, found);
  record.thread = head.thread;
  record.level = head.level;
  if (head.logger !== null) record.logger = head.logger;
}

export function finishDraft(draft: Draft): ParsedRecord {
  draft.record.raw = draft.rawLines.join("\n");
  draft.record.message = draft.messageLines.join("\n").trimEnd();
  return draft.record;
}

export function byteOffset(line: Line, index: number): number {
  const offset = line.start + Buffer.byteLength(line.text.slice(0, index));
  // NOTE: exact unless invalid UTF-8 or NUL bytes, decoded to the 3-byte
  // U+FFFD, precede the split; clamping keeps records inside their line.
  return Math.min(offset, line.end);
}
