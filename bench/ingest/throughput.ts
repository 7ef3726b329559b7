import { median } from "../lib/stats";

export interface Timing {
  ms: number;
  lines: number;
  records: number;
}

/** Builds a table row: last run's counts, times in ms, rates at the median. */
export function throughputRow(
  phase: string,
  timings: Timing[],
): (string | number)[] {
  const times = timings.map((timing) => timing.ms);
  const middle = median(times);
  const last = timings[timings.length - 1] ?? { ms: 0, lines: 0, records: 0 };
  const rate = (count: number) =>
    count > 0 ? Math.round((count * 1000) / middle) : NaN;
  return [
    phase,
    last.lines,
    last.records,
    middle,
    Math.min(...times),
    Math.max(...times),
    rate(last.lines),
    rate(last.records),
  ];
}
