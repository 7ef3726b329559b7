import { normaliseLevel, type LogLevel } from "../kinds";
import { isValidDate } from "../timestamps";

import { group, matchAt } from "./match";

export type Family = "bracket" | "console" | "dated" | "authme";

/** A record prefix found in a line, and where the record's text lies. */
export interface Head {
  family: Family;
  /** Index in the line where this record's raw text starts. */
  start: number;
  bodyStart: number;
  bodyEnd: number;
  date: string | null;
  time: string | null;
  thread: string | null;
  level: LogLevel | null;
  logger: string | null;
  /** Geyser wraps every message in braces. */
  braced: boolean;
}

export const TIME = String.raw`(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?)`;

// Sticky patterns, applied at the first non-blank character of a line. The
// opening bracket is optional because damaged logs lose it. The thread ends
// at the last "/" before "]", since thread names may contain "/" themselves.
// Runs of spaces never overlap a neighbouring group, which keeps matching
// linear.
// Groups: debug.log date, time, thread, its level or a level alone,
// [logger], (logger).
const BRACKET_PREFIX = new RegExp(
  String.raw`\[? *(?:(\d{2}[A-Za-z]{3}\d{4}) )?${TIME} *\] ` +
    String.raw`\[ *(?:([^\]/\s][^\]]*)\/([^/\]\s]*)|([^/\]\s]+)) *\]` +
    String.raw`(?: \[([^\]]*)\])?(?:: *| \(([^)]*)\) ?|$)`,
  "y",
);
// Groups: time, level, logger.
const CONSOLE_PREFIX = new RegExp(
  String.raw`\[? *${TIME} +([^\s\]\d:][^\s\]]*) *\](?: \[([^\]]*)\])?: *`,
  "y",
);
// pre-1.7 server.log, Pumpkin, Geyser and Nukkit. Groups: date, time,
// Geyser thread and level, bracketed level and thread id, bare thread, level.
const DATED_PREFIX = new RegExp(
  String.raw`(\d{4}-\d{2}-\d{2})[ T]${TIME}Z? +` +
    String.raw`(?:\[([^\]]*)\] ([A-Za-z]+) - ?|\[([A-Za-z]+)\]:? *(?:\((\d+)\) +)?|([^\s[\]]+) ([A-Z]+) +)`,
  "y",
);
// AuthMe's own authme.log: "[MM-dd HH:mm:ss]: [FINE] message".
const AUTHME_PREFIX = new RegExp(
  String.raw`\[\d{2}-\d{2} ${TIME}\]: *(?:\[([A-Z]+)\] )?`,
  "y",
);

const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

export function debugLogDate(text: string | undefined): string | null {
  if (!text) return null;
  const month = MONTHS.indexOf(text.slice(2, 5)) / 3 + 1;
  if (!Number.isInteger(month) || month < 1) return null;
  const date = `${text.slice(5)}-${String(month).padStart(2, "0")}-${text.slice(0, 2)}`;
  return isValidDate(date) ? date : null;
}

function isoDate(text: string): string | null {
  return isValidDate(text) ? text : null;
}

export function normaliseTime(text: string): string {
  return text.replace(",", ".");
}

/**
 * Returns the logger of "logger/MARKER". A suffix that is not upper case is
 * part of the name, as in Forge's "minecraft/PlayerList".
 */
export function loggerName(text: string | undefined): string | null {
  const name = text?.trim();
  if (!name) return null;
  const slash = name.lastIndexOf("/");
  if (slash < 0) return name;
  const marker = name.slice(slash + 1);
  if (marker !== "" && !/^[A-Z_]+$/.test(marker)) return name;
  return name.slice(0, slash) || null;
}

export function emptyHead(
  family: Family,
  start: number,
  bodyStart: number,
): Head {
  return {
    family,
    start,
    bodyStart,
    bodyEnd: bodyStart,
    date: null,
    time: null,
    thread: null,
    level: null,
    logger: null,
    braced: false,
  };
}

function parseBracketPrefix(text: string, at: number): Head | null {
  const match = matchAt(BRACKET_PREFIX, text, at);
  if (!match) return null;
  const head = emptyHead("bracket", at, at + match[0].length);
  head.date = debugLogDate(match[1]);
  head.time = normaliseTime(group(match, 2));
  head.thread = match[3]?.trim() || null;
  head.level = normaliseLevel(match[4] ?? group(match, 5));
  head.logger = loggerName(match[6] ?? match[7]);
  return head;
}

function parseConsolePrefix(text: string, at: number): Head | null {
  const match = matchAt(CONSOLE_PREFIX, text, at);
  if (!match) return null;
  const head = emptyHead("console", at, at + match[0].length);
  head.time = normaliseTime(group(match, 1));
  head.level = normaliseLevel(group(match, 2));
  head.logger = loggerName(match[3]);
  return head;
}

function parseDatedPrefix(text: string, at: number): Head | null {
  const match = matchAt(DATED_PREFIX, text, at);
  if (!match) return null;
  const level = normaliseLevel(match[4] ?? match[5] ?? group(match, 8));
  // A bare "thread LEVEL" pair is only trusted with a known level.
  if (match[8] !== undefined && level === null) return null;
  const head = emptyHead("dated", at, at + match[0].length);
  head.date = isoDate(group(match, 1));
  head.time = normaliseTime(group(match, 2)).replace(/(\.\d{3})\d+$/, "$1");
  head.thread = match[3] ?? match[6] ?? match[7] ?? null;
  head.level = level;
  head.braced = match[4] !== undefined;
  return head;
}

function parseAuthMePrefix(text: string, at: number): Head | null {
  const match = matchAt(AUTHME_PREFIX, text, at);
  if (!match) return null;
  const head = emptyHead("authme", at, at + match[0].length);
  head.time = group(match, 1);
  head.level = match[2] ? normaliseLevel(match[2]) : null;
  head.logger = "AuthMe";
  return head;
}

export function parsePrefix(text: string, at: number): Head | null {
  const first = text.charCodeAt(at);
  const isDigit = first >= 0x30 && first <= 0x39;
  if (first !== 0x5b /* [ */ && !isDigit) return null;
  return (
    parseBracketPrefix(text, at) ??
    parseConsolePrefix(text, at) ??
    (isDigit ? parseDatedPrefix(text, at) : parseAuthMePrefix(text, at))
  );
}
