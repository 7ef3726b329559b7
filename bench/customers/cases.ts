import {
  CUSTOMER_SEARCH_DEFAULTS,
  type CustomerSearch,
} from "@/lib/customers/search-params";
import { listCustomers } from "@/lib/customers/queries";
import type { BenchDatabase } from "../lib/database";
import type { LatencyCase } from "../lib/latency";

/** Lists the table states that support agents open most. */
export async function customerCases(
  bench: BenchDatabase,
): Promise<LatencyCase[]> {
  // A customer from the middle of the table, for the exact-match searches.
  const picked = await bench.pool.query<{ email: string; uuid: string }>(`
    select email, minecraft_uuid::text as uuid from customers
    where email is not null order by id
    offset (select count(*) / 2 from customers) limit 1`);
  const target = picked.rows[0];
  if (!target)
    throw new Error("No seeded customer has an email: check seedCustomers.");

  const search = (changes: Partial<CustomerSearch>) => () =>
    listCustomers(
      bench.db,
      { ...CUSTOMER_SEARCH_DEFAULTS, ...changes },
      { role: "support" },
    );
  return [
    { name: "default page (last seen)", run: search({}) },
    { name: "page 200 (offset 4,975)", run: search({ page: 200 }) },
    { name: "name prefix 'Shadow'", run: search({ q: "Shadow" }) },
    { name: "name substring 'ragon'", run: search({ q: "ragon" }) },
    { name: "exact email", run: search({ q: target.email }) },
    { name: "full UUID", run: search({ q: target.uuid }) },
    { name: "sort by total paid", run: search({ sort: "totalPaid" }) },
    { name: "banned only", run: search({ status: "banned" }) },
    { name: "rank 'mvp'", run: search({ rank: "mvp" }) },
  ];
}
