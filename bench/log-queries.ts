// Log viewer latency: listLogEvents on a large generated log_events table.
// npx tsx bench/log-queries.ts [--rows N] [--runs N]
import "./lib/quiet";
import { readIntegerOptions } from "./lib/args";
import { measureLatency } from "./lib/latency";
import { runBenchmark } from "./lib/main";
import { seedCustomers } from "./lib/seed-customers";
import { timed } from "./lib/stats";
import { logCases } from "./log-queries/cases";
import { PLAYERS, seedLogEvents } from "./log-queries/seed";

const USAGE = `Usage: npx tsx bench/log-queries.ts [--rows N] [--runs N] [--warmups N]

  --rows N       log_events rows to generate (default 1000000)
  --customers N  customers; players 1-5000 are the first of them (default 100000)
  --runs N       timed runs per case (default 20)
  --warmups N    untimed runs before them (default 2)`;

const options = readIntegerOptions(USAGE, {
  rows: 1_000_000,
  customers: 100_000,
  runs: 20,
  warmups: 2,
});

await runBenchmark("Log viewer (listLogEvents)", async (bench) => {
  // Every player is a customer: the viewer joins them by UUID and by name.
  const customers = Math.max(options.customers, PLAYERS);
  const seeded = await timed(async () => {
    await seedCustomers(bench.pool, customers);
    await seedLogEvents(bench.pool, options.rows);
  });
  const size = await bench.pool.query<{ size: string }>(
    "select pg_size_pretty(pg_total_relation_size('log_events')) as size",
  );
  console.log(
    `Loaded ${options.rows.toLocaleString("en-US")} log_events ` +
      `of ${PLAYERS.toLocaleString("en-US")} players, ` +
      `${customers.toLocaleString("en-US")} customers ` +
      `(${size.rows[0]?.size} with indexes) in ${(seeded.ms / 1000).toFixed(1)} s, ` +
      "then VACUUM ANALYZE; viewer role: support, page size 100.\n",
  );
  await measureLatency(bench, await logCases(bench), {
    runs: options.runs,
    warmups: options.warmups,
    explained: ["page"],
  });
});
