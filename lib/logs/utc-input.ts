// The viewer's time fields are <input type="datetime-local"> read as UTC,
// whatever the browser's zone: log times are compared across servers.
const INPUT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?Z?$/;

/** Parses "YYYY-MM-DD[THH:mm[:ss[.sss]]][Z]" as UTC, or returns null. */
export function parseUtcInput(text: string): Date | null {
  const match = text.trim().match(INPUT);
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const ms = Number((match[7] ?? "0").padEnd(3, "0"));
  if (year < 1970 || month < 1 || month > 12 || hour > 23 || minute > 59) {
    return null;
  }
  if (second > 59) return null;
  const date = new Date(
    Date.UTC(year, month - 1, day, hour, minute, second, ms),
  );
  // Date.UTC rolls 2024-02-30 over to March, so a changed day means invalid.
  return date.getUTCDate() === day ? date : null;
}

/** Formats `date` in UTC for a datetime-local input, seconds only when set. */
export function formatUtcInput(date: Date): string {
  const iso = date.toISOString();
  if (date.getUTCMilliseconds()) return iso.slice(0, 23);
  if (date.getUTCSeconds()) return iso.slice(0, 19);
  return iso.slice(0, 16);
}
