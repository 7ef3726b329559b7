const DAY_MS = 86_400_000;
const ROLLOVER_MS = 12 * 3_600_000;

const FILE_NAME_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const CLOCK_TIME = /^(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Returns the date a rotated log file belongs to, from its name:
 * "2021-06-16-1.log.gz" and "2015-02-27-13 wrapper.log" carry one,
 * "latest.log" and "debug-2.log.gz" do not.
 */
export function dateFromFileName(name: string): string | null {
  const base = name.slice(
    Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1,
  );
  const match = FILE_NAME_DATE.exec(base);
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isValidDate(date) ? date : null;
}

/** Checks that a "YYYY-MM-DD" string names a real calendar day. */
export function isValidDate(date: string): boolean {
  const match = ISO_DATE.exec(date);
  if (!match) return false;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return (
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day
  );
}

/** Returns milliseconds since midnight, or null for an invalid time. */
export function parseClockTime(time: string): number | null {
  const match = CLOCK_TIME.exec(time);
  if (!match) return null;
  const [hours, minutes, seconds] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const millis = match[4] ? Number(match[4].slice(0, 3).padEnd(3, "0")) : 0;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

/** Returns midnight UTC of a "YYYY-MM-DD" date in epoch milliseconds. */
function utcMidnight(date: string): number {
  const [year = NaN, month = NaN, day = NaN] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export interface ClockPosition {
  date: string;
  time: string;
}

export interface ClockResolverOptions {
  /** Date of the first record, usually from dateFromFileName(). */
  startDate: string;
  /** IANA time zone the server wrote its clock times in. */
  timeZone: string;
  /** Position saved from `current` when resuming a file. */
  previous?: ClockPosition;
}

/**
 * Turns the clock times of consecutive records of one log file into instants.
 *
 * A record's own date resets the current date. Otherwise a time of day more
 * than 12 hours earlier than the previous one means midnight passed, so the
 * date advances by one day. Local times are converted from the time zone with
 * Intl.
 *
 * A time inside a DST gap is shifted forward by the gap's length, so 02:30
 * becomes 03:30 when clocks jump from 02:00 to 03:00. A time that occurs twice
 * resolves to the earlier instant. The later one is taken only when the
 * earlier would go back before the previous record and the later would not.
 */
export class ClockResolver {
  private position: ClockPosition | null;
  private date: string;
  private previousMillis: number | null;
  private lastInstant: number | null = null;
  private readonly zone: ZoneOffsets;

  constructor(options: ClockResolverOptions) {
    if (!isValidDate(options.startDate)) {
      throw new RangeError(
        `Invalid startDate "${options.startDate}": expected YYYY-MM-DD.`,
      );
    }
    this.zone = new ZoneOffsets(options.timeZone);
    this.position = options.previous ? { ...options.previous } : null;
    this.date = options.previous?.date ?? options.startDate;
    this.previousMillis = options.previous
      ? parseClockTime(options.previous.time)
      : null;
  }

  /** Date and time of the last resolved record, to persist for resuming. */
  get current(): ClockPosition | null {
    return this.position ? { ...this.position } : null;
  }

  /** Returns the instant of a record, or null when it has no valid time. */
  resolve(record: { date: string | null; time: string | null }): Date | null {
    const hasOwnDate = record.date !== null && isValidDate(record.date);
    if (hasOwnDate) this.date = record.date as string;
    if (record.time === null) return null;
    const millis = parseClockTime(record.time);
    if (millis === null) return null;

    const passedMidnight =
      !hasOwnDate &&
      this.previousMillis !== null &&
      this.previousMillis - millis > ROLLOVER_MS;
    if (passedMidnight) this.date = addDays(this.date, 1);

    this.previousMillis = millis;
    this.position = { date: this.date, time: record.time };
    const instant = this.zone.toInstant(this.date, millis, this.lastInstant);
    this.lastInstant = instant;
    return new Date(instant);
  }
}

const OFFSET_CACHE_LIMIT = 4096;
// Assumed to be wider than any single DST shift, which is usually one hour.
const OVERLAP_WINDOW_MS = 3 * 3_600_000;

/** UTC offsets of one IANA time zone, memoised per minute. */
class ZoneOffsets {
  private readonly format: Intl.DateTimeFormat | null;
  private readonly cache = new Map<number, number>();

  constructor(timeZone: string) {
    try {
      this.format = isUtc(timeZone)
        ? null
        : new Intl.DateTimeFormat("en-US", {
            timeZone,
            hourCycle: "h23",
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "numeric",
            minute: "numeric",
            second: "numeric",
          });
    } catch {
      throw new RangeError(
        `Invalid time zone "${timeZone}": expected an IANA name such as "Europe/Paris".`,
      );
    }
  }

  /** Converts a local date and time of day to epoch milliseconds. */
  toInstant(date: string, millisOfDay: number, after: number | null): number {
    const wall = utcMidnight(date) + millisOfDay;
    if (this.format === null) return wall;

    const guess = this.offsetAt(wall);
    const first = wall - guess;
    const firstOffset = this.offsetAt(first);
    if (firstOffset !== guess) {
      const second = wall - firstOffset;
      if (this.offsetAt(second) === firstOffset) return second;
      // In a DST gap no instant shows this wall time: keep the offset from
      // before the jump, which lands after the gap.
      return wall - Math.min(guess, firstOffset);
    }
    return this.pickOccurrence(wall, first, after);
  }

  // In a DST overlap the same wall time occurs twice: once with the offset
  // from before the change and once with the offset after it.
  private pickOccurrence(wall: number, found: number, after: number | null) {
    const before = this.offsetAt(found - OVERLAP_WINDOW_MS);
    const afterwards = this.offsetAt(found + OVERLAP_WINDOW_MS);
    if (before === afterwards) return found;
    const earlier = wall - Math.max(before, afterwards);
    const later = wall - Math.min(before, afterwards);
    const bothExist =
      this.offsetAt(earlier) === wall - earlier &&
      this.offsetAt(later) === wall - later;
    if (!bothExist) return found;
    if (after !== null && earlier < after && later >= after) return later;
    return earlier;
  }

  private offsetAt(instant: number): number {
    const minute = Math.floor(instant / 60_000);
    const cached = this.cache.get(minute);
    if (cached !== undefined) return cached;
    const offset = this.computeOffset(minute * 60_000);
    if (this.cache.size >= OFFSET_CACHE_LIMIT) this.cache.clear();
    this.cache.set(minute, offset);
    return offset;
  }

  private computeOffset(instant: number): number {
    const format = this.format as Intl.DateTimeFormat;
    const parts = new Map<string, number>();
    for (const part of format.formatToParts(instant)) {
      parts.set(part.type, Number(part.value));
    }
    const field = (name: string) => parts.get(name) ?? NaN;
    const wall = Date.UTC(
      field("year"),
      field("month") - 1,
      field("day"),
      field("hour"),
      field("minute"),
      field("second"),
    );
    return wall - instant;
  }
}

function isUtc(timeZone: string): boolean {
  return ["UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z"].includes(
    timeZone.toUpperCase(),
  );
}
