import type { BenchDatabase } from "./database";
import { explain, formatPlan } from "./explain";
import { percentile, sample } from "./stats";
import { printTable } from "./table";

export interface LatencyCase {
  name: string;
  run(): Promise<unknown>;
}

export interface LatencyOptions {
  runs: number;
  warmups: number;
  /** Labels of the statements of one call to explain, in sending order. */
  explained: string[];
}

/**
 * Times each case, prints p50/p95/max in ms, then the plan of each
 * statement named in `explained`, so that a lost index shows at a glance.
 */
export async function measureLatency(
  bench: BenchDatabase,
  cases: LatencyCase[],
  options: LatencyOptions,
): Promise<void> {
  const rows: (string | number)[][] = [];
  const plans: string[] = [];
  for (const item of cases) {
    const times = await sample(item.run, options.runs, options.warmups);
    rows.push([
      item.name,
      percentile(times, 50),
      percentile(times, 95),
      Math.max(...times),
    ]);
    const queries = await bench.capture(item.run);
    for (const [index, label] of options.explained.entries()) {
      const query = queries[index];
      if (!query) continue;
      const name =
        options.explained.length > 1 ? `${item.name}, ${label}` : item.name;
      plans.push(`- ${name}: ${formatPlan(await explain(bench.pool, query))}`);
    }
  }
  console.log(
    `${options.runs} timed runs per case after ${options.warmups} warm-ups (ms)\n`,
  );
  printTable(["case", "p50", "p95", "max"], rows);
  console.log("\nPlans (EXPLAIN ANALYZE, BUFFERS):\n");
  for (const plan of plans) console.log(plan);
}
