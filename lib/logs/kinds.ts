export const LOG_KINDS = [
  "join",
  "leave",
  "uuid",
  "auth_login",
  "auth_register",
  "auth_failed",
  "command",
  "chat",
  "death",
  "other",
  "unknown",
] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export const LOG_LEVELS = [
  "TRACE",
  "DEBUG",
  "INFO",
  "WARN",
  "ERROR",
  "FATAL",
] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// Log4j, java.util.logging, single-letter (Geyser), Chinese-locale and
// damaged spellings of each level.
const LEVEL_ALIASES: ReadonlyMap<string, LogLevel> = new Map([
  ["TRACE", "TRACE"],
  ["T", "TRACE"],
  ["FINER", "TRACE"],
  ["FINEST", "TRACE"],
  ["DEBUG", "DEBUG"],
  ["D", "DEBUG"],
  ["FINE", "DEBUG"],
  ["CONFIG", "DEBUG"],
  ["调试", "DEBUG"],
  ["INFO", "INFO"],
  ["I", "INFO"],
  ["NFO", "INFO"],
  ["INF", "INFO"],
  ["信息", "INFO"],
  ["WARN", "WARN"],
  ["W", "WARN"],
  ["WARNING", "WARN"],
  ["警告", "WARN"],
  ["ERROR", "ERROR"],
  ["E", "ERROR"],
  ["ERR", "ERROR"],
  ["SEVERE", "ERROR"],
  ["错误", "ERROR"],
  ["严重", "ERROR"],
  ["FATAL", "FATAL"],
  ["F", "FATAL"],
  ["致命", "FATAL"],
] as const);

/** Maps a level as written in a log (any case) to its canonical name. */
export function normaliseLevel(text: string): LogLevel | null {
  return LEVEL_ALIASES.get(text.trim().toUpperCase()) ?? null;
}

export function isLogKind(value: string): value is LogKind {
  return (LOG_KINDS as readonly string[]).includes(value);
}
