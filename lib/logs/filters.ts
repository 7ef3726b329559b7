import {
  createParser,
  parseAsArrayOf,
  parseAsNumberLiteral,
  parseAsString,
} from "nuqs/server";
import { z } from "zod";
import { LOG_KINDS, LOG_LEVELS, type LogKind, type LogLevel } from "./kinds";
import { decodeCursor, type LogCursor } from "./cursor";
import { parseUtcInput } from "./utc-input";

export const PAGE_SIZES = [50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 100;
export const MAX_QUERY_LENGTH = 200;

export interface LogFilters {
  /** Inclusive lower bound. */
  from: Date | null;
  /** Exclusive upper bound. */
  to: Date | null;
  serverId: number | null;
  /** Matched case-insensitively against the exact name. */
  playerName: string | null;
  playerUuid: string | null;
  kinds: LogKind[];
  levels: LogLevel[];
  q: string | null;
  size: PageSize;
  cursor: LogCursor | null;
}

function parseAsLiteralAnyCase<T extends string>(values: readonly T[]) {
  return createParser({
    parse: (text) =>
      values.find((value) => value.toLowerCase() === text.toLowerCase()) ??
      null,
    serialize: (value: T) => value,
  });
}

// The client filter bar reads the same keys through nuqs. Arrays use nuqs's
// default "," separator, which parseLogFilters also splits on.
export const logFilterParsers = {
  from: parseAsString,
  to: parseAsString,
  server: parseAsString,
  player: parseAsString,
  kind: parseAsArrayOf(parseAsLiteralAnyCase(LOG_KINDS)),
  level: parseAsArrayOf(parseAsLiteralAnyCase(LOG_LEVELS)),
  q: parseAsString,
  size: parseAsNumberLiteral(PAGE_SIZES),
  cursor: parseAsString,
};

export type FilterParam = keyof typeof logFilterParsers;

/** A URL value that was dropped, listed so the page can report it. */
export interface IgnoredParam {
  param: FilterParam;
  value: string;
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

const UUID =
  /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i;

// PostgreSQL rejects NUL in text parameters, which would fail the query.
const noNul = (value: string) => !value.includes("\0");
const serverId = z
  .string()
  .regex(/^[1-9]\d{0,14}$/)
  .transform(Number);
const player = z.string().trim().min(1).max(64).refine(noNul);
const text = z.string().trim().min(1).max(MAX_QUERY_LENGTH).refine(noNul);
const size = z
  .enum(PAGE_SIZES.map(String) as [string, ...string[]])
  .transform((value) => Number(value) as PageSize);
const kind = z.enum(LOG_KINDS);
const level = z.enum(LOG_LEVELS);

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: string | string[] | undefined): string[] {
  let values: string[] = [];
  if (Array.isArray(value)) values = value;
  else if (value) values = [value];
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Reads the viewer's filters from URL search params. Never throws: a value
 * that does not parse is dropped and listed in `ignored`.
 */
export function parseLogFilters(params: RawSearchParams): {
  filters: LogFilters;
  ignored: IgnoredParam[];
} {
  const ignored: IgnoredParam[] = [];
  function read<T>(param: FilterParam, parse: (raw: string) => T | null) {
    const raw = first(params[param]);
    if (raw === undefined || raw.trim() === "") return null;
    const value = parse(raw);
    if (value === null) ignored.push({ param, value: raw });
    return value;
  }
  function members<T>(
    param: FilterParam,
    schema: z.ZodType<T>,
    norm: (s: string) => string,
  ) {
    const out: T[] = [];
    for (const raw of list(params[param])) {
      const parsed = schema.safeParse(norm(raw));
      if (!parsed.success) ignored.push({ param, value: raw });
      else if (!out.includes(parsed.data)) out.push(parsed.data);
    }
    return out;
  }
  const safe =
    <T>(schema: z.ZodType<T>) =>
    (raw: string) => {
      const parsed = schema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    };

  const who = read("player", safe(player));
  const uuid = who?.match(UUID);
  return {
    filters: {
      from: read("from", parseUtcInput),
      to: read("to", parseUtcInput),
      serverId: read("server", safe(serverId)),
      playerName: who && !uuid ? who : null,
      playerUuid: uuid ? uuid.slice(1).join("-").toLowerCase() : null,
      kinds: members("kind", kind, (s) => s.toLowerCase()),
      levels: members("level", level, (s) => s.toUpperCase()),
      q: read("q", safe(text)),
      size: read("size", safe(size)) ?? DEFAULT_PAGE_SIZE,
      cursor: read("cursor", decodeCursor),
    },
    ignored,
  };
}
