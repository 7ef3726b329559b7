import type pg from "pg";
import { withIndexesRebuilt } from "./bulk-load";
import { createPlayerFunctions } from "./players";

const RANKS = `
  insert into roles (key, name, color, priority) values
    ('vip', 'VIP', '#22c55e', 10),
    ('vip_plus', 'VIP+', '#16a34a', 20),
    ('mvp', 'MVP', '#3b82f6', 30),
    ('legend', 'Legend', '#f59e0b', 40)
  on conflict (key) do nothing`;

// Customer n is player n. 80% give an email and 5% were never seen.
const CUSTOMERS = `
  insert into customers
    (player_name, minecraft_uuid, email, points_balance, joined_at,
     last_seen_at)
  select bench_player_name(n), bench_player_uuid(n),
    case when has_email < 0.8 then lower(bench_player_name(n)) || '@' ||
      (array['gmail.com', 'outlook.fr', 'yahoo.fr', 'hotmail.com',
             'orange.fr', 'example.com'])[1 + floor(domain * 6)::int]
    end,
    floor(power(points, 3) * 20000)::bigint,
    joined,
    case when seen >= 0.05 then joined + (now() - joined) * power(last, 0.3)
    end
  from (
    select n, random() as has_email, random() as domain, random() as points,
      random() as seen, random() as last,
      now() - random() * interval '1095 days' as joined
    from generate_series(1, $1::int) as n
  ) as drawn
  order by n`;

// 18% hold a rank, the cheaper ones more often, and some grants expire.
const GRANTS = `
  insert into customer_roles (customer_id, role_id, granted_at, expires_at)
  select c.id, ranks.ids[1 + floor(power(c.pick, 2) * cardinality(ranks.ids))::int],
    c.joined_at + interval '1 day',
    case when c.term < 0.3 then now() + interval '30 days'
         when c.term < 0.4 then now() - interval '10 days' end
  from (select array_agg(id order by priority) as ids from roles) as ranks,
    (select id, joined_at, random() as holds, random() as pick,
       random() as term from customers) as c
  where c.holds < 0.18`;

// 4% were banned: 1.5% revoked since, the rest open unless expired.
const BANS = `
  insert into bans (customer_id, reason, created_at, expires_at, revoked_at)
  select id,
    (array['Cheating (x-ray)', 'Griefing', 'Insults in chat', 'Chargeback',
           'Advertising another server'])[1 + floor(why * 5)::int],
    at,
    case when term < 0.5 then null else at + interval '30 days' end,
    case when banned < 0.015 then at + interval '2 days' end
  from (select id, random() as banned, random() as why, random() as term,
          now() - random() * interval '365 days' as at from customers) as c
  where banned < 0.04`;

// 35% paid, from once to 8 times, mostly in euros, with a few refunds.
const PAYMENTS = `
  insert into payments
    (customer_id, provider, external_id, product_name, amount_minor,
     currency, status, delivery_status, paid_at, delivered_at)
  select id, 'tebex', 'bench-' || id || '-' || k,
    (array['VIP rank', 'VIP+ rank', 'MVP rank', 'Legend rank', '1000 points',
           '5000 points', 'Crate keys x5'])[product],
    (array[499, 999, 1999, 3999, 299, 1299, 499])[product],
    case when cur < 0.88 then 'EUR' when cur < 0.95 then 'USD' else 'GBP' end,
    (case when st < 0.95 then 'paid' when st < 0.99 then 'refunded'
          else 'charged_back' end)::payment_status,
    (case when st >= 0.95 then 'revoked' when st < 0.02 then 'awaiting'
          else 'delivered' end)::delivery_status,
    joined_at + (now() - joined_at) * t,
    case when st >= 0.02 then joined_at + (now() - joined_at) * t end
  from (
    select c.id, c.joined_at, k, 1 + floor(random() * 7)::int as product,
      random() as cur, random() as st, random() as t
    from (select id, joined_at, random() as payer,
            1 + floor(power(random(), 3) * 8)::int as times
          from customers) as c
    cross join lateral generate_series(1, c.times) as k
    where c.payer < 0.35
  ) as p`;

const TABLES = ["customers", "customer_roles", "bans", "payments"];

/** Fills customers 1..count with ranks, bans and payments, reproducibly. */
export async function seedCustomers(pool: pg.Pool, count: number) {
  await createPlayerFunctions(pool);
  await withIndexesRebuilt(pool, TABLES, async (client) => {
    await client.query("select setseed(0.2024)");
    await client.query(RANKS);
    await client.query(CUSTOMERS, [count]);
    for (const statement of [GRANTS, BANS, PAYMENTS]) {
      await client.query(statement);
    }
  });
}
