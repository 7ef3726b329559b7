/** Returns the nearest-rank percentile (0-100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Runs `task` and returns its result with the elapsed milliseconds. */
export async function timed<T>(
  task: () => Promise<T> | T,
): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await task();
  return { ms: performance.now() - started, result };
}

/** Times `runs` calls of `task` after `warmups` untimed ones. */
export async function sample(
  task: () => Promise<unknown>,
  runs: number,
  warmups: number,
): Promise<number[]> {
  for (let n = 0; n < warmups; n += 1) await task();
  const times: number[] = [];
  for (let n = 0; n < runs; n += 1) times.push((await timed(task)).ms);
  return times;
}
