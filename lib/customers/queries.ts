import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { customerRoles, customers, payments, roles } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import {
  customerSearch,
  hasOpenBan,
  holdsRank,
  paidTotalMinor,
  roleGrantIsActive,
} from "./conditions";
import { MAIN_CURRENCY, maskEmail } from "./format";
import type { CustomerSearch, CustomerSort } from "./search-params";
import type { CurrencyTotal, CustomerList, RankBadge, Viewer } from "./types";

function sortExpression(sort: CustomerSort): SQL {
  switch (sort) {
    case "player":
      return sql`lower(${customers.playerName})`;
    case "points":
      return sql`${customers.pointsBalance}`;
    case "totalPaid":
      return paidTotalMinor();
    case "lastSeen":
      return sql`${customers.lastSeenAt}`;
    case "joined":
      return sql`${customers.joinedAt}`;
  }
}

/** Returns one page of the customers table, filtered and sorted in SQL. */
export async function listCustomers(
  db: Executor,
  search: CustomerSearch,
  viewer: Viewer,
): Promise<CustomerList> {
  const withEmail = can(viewer.role, "customers.viewEmail");
  const where = and(
    customerSearch(search.q, withEmail),
    search.status === "banned" ? hasOpenBan() : undefined,
    search.status === "active" ? sql`not ${hasOpenBan()}` : undefined,
    search.rank === null ? undefined : holdsRank(search.rank),
  );
  const direction = search.dir === "asc" ? sql`asc` : sql`desc`;
  // Customers never seen go last in both directions. The id breaks ties, so
  // that consecutive pages neither overlap nor skip a row.
  const order = sql`${sortExpression(search.sort)} ${direction} nulls last`;
  const tiebreak =
    search.dir === "asc" ? asc(customers.id) : desc(customers.id);

  const [page, [count]] = await Promise.all([
    db
      .select({
        id: customers.id,
        playerName: customers.playerName,
        minecraftUuid: customers.minecraftUuid,
        email: customers.email,
        pointsBalance: customers.pointsBalance,
        totalPaidMinor: paidTotalMinor(),
        lastSeenAt: customers.lastSeenAt,
        joinedAt: customers.joinedAt,
        banned: hasOpenBan(),
      })
      .from(customers)
      .where(where)
      .orderBy(order, tiebreak)
      .limit(search.size)
      .offset((search.page - 1) * search.size),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(customers)
      .where(where),
  ]);

  const ids = page.map((row) => row.id);
  const [ranks, others] = await Promise.all([
    ranksOf(db, ids),
    otherCurrencyTotals(db, ids),
  ]);
  return {
    total: count?.total ?? 0,
    rows: page.map((row) => ({
      ...row,
      email: withEmail ? row.email : maskEmail(row.email),
      ranks: ranks.get(row.id) ?? [],
      otherTotals: others.get(row.id) ?? [],
    })),
  };
}

async function ranksOf(db: Executor, ids: number[]) {
  const byCustomer = new Map<number, RankBadge[]>();
  if (ids.length === 0) return byCustomer;
  const rows = await db
    .select({
      customerId: customerRoles.customerId,
      key: roles.key,
      name: roles.name,
      color: roles.color,
    })
    .from(customerRoles)
    .innerJoin(roles, eq(roles.id, customerRoles.roleId))
    .where(and(inArray(customerRoles.customerId, ids), roleGrantIsActive()))
    .orderBy(desc(roles.priority), asc(roles.name));
  for (const { customerId, ...rank } of rows) {
    byCustomer.set(customerId, [...(byCustomer.get(customerId) ?? []), rank]);
  }
  return byCustomer;
}

async function otherCurrencyTotals(db: Executor, ids: number[]) {
  const byCustomer = new Map<number, CurrencyTotal[]>();
  if (ids.length === 0) return byCustomer;
  const rows = await db
    .select({
      customerId: payments.customerId,
      currency: payments.currency,
      amountMinor: sql<number>`sum(${payments.amountMinor})`.mapWith(Number),
    })
    .from(payments)
    .where(
      and(
        inArray(payments.customerId, ids),
        eq(payments.status, "paid"),
        ne(payments.currency, MAIN_CURRENCY),
      ),
    )
    .groupBy(payments.customerId, payments.currency)
    .orderBy(payments.currency);
  for (const { customerId, ...total } of rows) {
    byCustomer.set(customerId, [...(byCustomer.get(customerId) ?? []), total]);
  }
  return byCustomer;
}

/** Lists every rank, highest priority first, for the rank filter. */
export function listRankOptions(db: Executor): Promise<RankBadge[]> {
  return db
    .select({ key: roles.key, name: roles.name, color: roles.color })
    .from(roles)
    .orderBy(desc(roles.priority), asc(roles.name));
}
