// One status line per step; in a terminal the line shows "…" while the step
// runs and is replaced by its result.

const tty = process.stdout.isTTY === true;

export function say(line: string) {
  process.stdout.write(`${line}\n`);
}

/** Rewrites the current line in a terminal; prints nothing elsewhere. */
export function progress(line: string) {
  if (tty) process.stdout.write(`\r\x1b[2K  … ${line}`);
}

export async function step<T>(
  label: string,
  work: () => Promise<T>,
  result: (value: T) => string,
): Promise<T> {
  const started = Date.now();
  if (tty) process.stdout.write(`  … ${label}`);
  try {
    const value = await work();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const clear = tty ? "\r\x1b[2K" : "";
    process.stdout.write(
      `${clear}✓ ${label}: ${result(value)} (${seconds} s)\n`,
    );
    return value;
  } catch (error) {
    const clear = tty ? "\r\x1b[2K" : "";
    process.stdout.write(`${clear}✗ ${label}: failed\n`);
    throw error;
  }
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}
