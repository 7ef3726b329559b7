// Customers table latency: listCustomers on generated customers with ranks,
// bans and payments. npx tsx bench/customers.ts [--customers N] [--runs N]
import "./lib/quiet";
import { customerCases } from "./customers/cases";
import { readIntegerOptions } from "./lib/args";
import { measureLatency } from "./lib/latency";
import { runBenchmark } from "./lib/main";
import { seedCustomers } from "./lib/seed-customers";
import { timed } from "./lib/stats";

const USAGE = `Usage: npx tsx bench/customers.ts [--customers N] [--runs N] [--warmups N]

  --customers N  customers to generate (default 100000)
  --runs N       timed runs per case (default 20)
  --warmups N    untimed runs before them (default 2)`;

const options = readIntegerOptions(USAGE, {
  customers: 100_000,
  runs: 20,
  warmups: 2,
});

await runBenchmark("Customers table (listCustomers)", async (bench) => {
  const seeded = await timed(() =>
    seedCustomers(bench.pool, options.customers),
  );
  const counts = await bench.pool.query<Record<string, string>>(`
    select (select count(*) from customers) as customers,
      (select count(*) from customer_roles) as grants,
      (select count(*) from bans) as bans,
      (select count(*) from payments) as payments`);
  const count = (name: string) =>
    Number(counts.rows[0]?.[name] ?? 0).toLocaleString("en-US");
  console.log(
    `Seeded ${count("customers")} customers, ${count("grants")} rank grants, ` +
      `${count("bans")} bans, ${count("payments")} payments in ` +
      `${(seeded.ms / 1000).toFixed(1)} s; viewer role: support.\n`,
  );
  await measureLatency(bench, await customerCases(bench), {
    runs: options.runs,
    warmups: options.warmups,
    explained: ["page", "count"],
  });
});
