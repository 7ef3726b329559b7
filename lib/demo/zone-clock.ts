const HOUR = 3_600_000;

/**
 * Converts between instants and the wall clock of one IANA time zone, the
 * way a game server's log prints time. Offsets are cached per UTC hour,
 * since daylight-saving changes happen on the hour.
 */
export class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  }

  /** Returns the milliseconds to add to an instant to get its wall-clock time as UTC. */
  offset(ms: number): number {
    const key = Math.floor(ms / HOUR);
    const cached = this.offsets.get(key);
    if (cached !== undefined) return cached;
    const parts = Object.fromEntries(
      this.format
        .formatToParts(new Date(key * HOUR))
        .map((part) => [part.type, Number(part.value)]),
    );
    const wall = Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      parts.hour!,
      parts.minute!,
      parts.second!,
    );
    const offset = wall - key * HOUR;
    this.offsets.set(key, offset);
    return offset;
  }

  /** Returns the "YYYY-MM-DD" date and "HH:MM:SS" time of an instant on this zone's clock. */
  wall(ms: number): { date: string; time: string } {
    const iso = new Date(ms + this.offset(ms)).toISOString();
    return { date: iso.slice(0, 10), time: iso.slice(11, 19) };
  }

  /** Returns the instant of a wall-clock time (seconds after midnight) on a date. */
  instant(date: string, secondsOfDay = 0): number {
    const guess = Date.parse(`${date}T00:00:00Z`) + secondsOfDay * 1000;
    const first = guess - this.offset(guess);
    return guess - this.offset(first);
  }
}

export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * HOUR)
    .toISOString()
    .slice(0, 10);
}
