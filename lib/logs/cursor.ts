/** Position after which the next page starts: the last row shown. */
export interface LogCursor {
  /** UTC ISO time with microseconds, as PostgreSQL stores it. */
  ts: string;
  id: number;
}

// Microseconds matter: rounding to JavaScript's milliseconds would skip or
// repeat rows whose times differ below the millisecond.
const ISO_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;
const BASE64URL = /^[A-Za-z0-9_-]{1,200}$/;

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  if (!BASE64URL.test(text)) return null;
  try {
    return atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
}

export function encodeCursor(cursor: LogCursor): string {
  return toBase64Url(`${cursor.ts}|${cursor.id}`);
}

/** Returns null for anything that is not a cursor this module made. */
export function decodeCursor(text: string): LogCursor | null {
  const decoded = fromBase64Url(text);
  const [, ts = "", digits = ""] =
    decoded?.match(/^([^|]+)\|([1-9]\d{0,15})$/) ?? [];
  if (!ISO_MICROS.test(ts)) return null;
  const id = Number(digits);
  const ms = Date.parse(ts);
  if (!Number.isSafeInteger(id) || Number.isNaN(ms)) return null;
  // Date.parse accepts 2024-02-30, but the round trip rejects it.
  if (new Date(ms).toISOString().slice(0, 19) !== ts.slice(0, 19)) return null;
  return { ts, id };
}
