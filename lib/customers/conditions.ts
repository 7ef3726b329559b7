import { sql, type SQL } from "drizzle-orm";
import { customers } from "@/db/schema";
import { MAIN_CURRENCY } from "./format";

// SQL pieces shared by the list and the detail queries, so that "banned"
// and "holds a rank" mean the same thing everywhere. Subqueries name their
// tables through aliases: drizzle leaves columns unqualified in a select
// list, where "id" would then bind to the subquery's own table.

/** Tests that a ban is open: not revoked and not expired (a null expiry is permanent). */
export function banIsOpen(table = "bans"): SQL {
  return sql.raw(
    `(${table}.revoked_at is null and (${table}.expires_at is null or ${table}.expires_at > now()))`,
  );
}

export function roleGrantIsActive(table = "customer_roles"): SQL {
  return sql.raw(
    `(${table}.expires_at is null or ${table}.expires_at > now())`,
  );
}

export function hasOpenBan(): SQL<boolean> {
  return sql<boolean>`exists (select 1 from bans b where b.customer_id = customers.id and ${banIsOpen("b")})`;
}

export function holdsRank(key: string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from customer_roles cr join roles r on r.id = cr.role_id where cr.customer_id = customers.id and r.key = ${key} and ${roleGrantIsActive("cr")})`;
}

/** Sums the paid payments in the main currency, in minor units. */
export function paidTotalMinor(): SQL<number> {
  return sql<number>`coalesce((select sum(p.amount_minor) from payments p where p.customer_id = customers.id and p.status = 'paid' and p.currency = ${MAIN_CURRENCY}), 0)`.mapWith(
    Number,
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

// A UUID fragment shorter than this would match a large share of all
// customers by chance.
const MIN_UUID_FRAGMENT = 4;

/**
 * Builds the search condition. It matches the name (any part, any case), the email when the viewer may see
 * it, and a full (exact match) or partial UUID, with or without dashes.
 */
export function customerSearch(q: string, withEmail: boolean): SQL | undefined {
  if (q === "") return undefined;
  const hex = q.replaceAll("-", "").toLowerCase();
  if (/^[0-9a-f]{32}$/.test(hex)) {
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return sql`${customers.minecraftUuid} = ${uuid}::uuid`;
  }
  const pattern = `%${escapeLike(q)}%`;
  // The same expression as customers_search_trgm_idx, so the planner can use
  // the index. The second test drops matches that span name and email.
  const indexed = sql`(${customers.playerName} || ' ' || coalesce(${customers.email}, '')) ilike ${pattern}`;
  const text = withEmail
    ? sql`(${indexed} and (${customers.playerName} ilike ${pattern} or ${customers.email} ilike ${pattern}))`
    : sql`(${indexed} and ${customers.playerName} ilike ${pattern})`;
  if (!/^[0-9a-f]+$/.test(hex) || hex.length < MIN_UUID_FRAGMENT) return text;
  return sql`(${text} or replace(${customers.minecraftUuid}::text, '-', '') like ${`%${hex}%`})`;
}
