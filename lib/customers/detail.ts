import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  bans,
  customerRoles,
  customers,
  payments,
  pointTransactions,
  roles,
} from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { banIsOpen, roleGrantIsActive } from "./conditions";
import { maskEmail } from "./format";
import type {
  CustomerDetail,
  CustomerPayment,
  LedgerEntry,
  Recent,
  Viewer,
} from "./types";

export const HISTORY_LIMIT = 50;

/** Parses the route segment as a customer id, or returns null unless it is a positive integer. */
export function parseCustomerId(segment: string): number | null {
  if (!/^[1-9][0-9]{0,14}$/.test(segment)) return null;
  return Number(segment);
}

export async function getCustomer(
  db: Executor,
  id: number,
  viewer: Viewer,
): Promise<CustomerDetail | null> {
  const [customer] = await db
    .select()
    .from(customers)
    .where(eq(customers.id, id));
  if (!customer) return null;
  const [ranks, [openBan]] = await Promise.all([
    db
      .select({
        key: roles.key,
        name: roles.name,
        color: roles.color,
        grantedAt: customerRoles.grantedAt,
        expiresAt: customerRoles.expiresAt,
      })
      .from(customerRoles)
      .innerJoin(roles, eq(roles.id, customerRoles.roleId))
      .where(and(eq(customerRoles.customerId, id), roleGrantIsActive()))
      .orderBy(desc(roles.priority), asc(roles.name)),
    db
      .select({
        reason: bans.reason,
        createdAt: bans.createdAt,
        expiresAt: bans.expiresAt,
      })
      .from(bans)
      .where(and(eq(bans.customerId, id), banIsOpen()))
      .orderBy(desc(bans.createdAt))
      .limit(1),
  ]);
  return {
    id: customer.id,
    playerName: customer.playerName,
    minecraftUuid: customer.minecraftUuid,
    email: can(viewer.role, "customers.viewEmail")
      ? customer.email
      : maskEmail(customer.email),
    pointsBalance: customer.pointsBalance,
    joinedAt: customer.joinedAt,
    lastSeenAt: customer.lastSeenAt,
    ranks,
    openBan: openBan ?? null,
  };
}

/** Lists the point transactions, newest first. */
export async function getPointLedger(
  db: Executor,
  customerId: number,
): Promise<Recent<LedgerEntry>> {
  const where = eq(pointTransactions.customerId, customerId);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: pointTransactions.id,
        createdAt: pointTransactions.createdAt,
        delta: pointTransactions.delta,
        balanceAfter: pointTransactions.balanceAfter,
        source: pointTransactions.source,
        reason: pointTransactions.reason,
      })
      .from(pointTransactions)
      .where(where)
      .orderBy(desc(pointTransactions.id))
      .limit(HISTORY_LIMIT),
    db.select({ value: count() }).from(pointTransactions).where(where),
  ]);
  const all = total?.value ?? 0;
  return { rows, total: all, more: all > rows.length };
}

export async function getCustomerPayments(
  db: Executor,
  customerId: number,
): Promise<Recent<CustomerPayment>> {
  const where = eq(payments.customerId, customerId);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: payments.id,
        paidAt: payments.paidAt,
        productName: payments.productName,
        amountMinor: payments.amountMinor,
        currency: payments.currency,
        status: payments.status,
        deliveryStatus: payments.deliveryStatus,
      })
      .from(payments)
      .where(where)
      .orderBy(desc(payments.paidAt), desc(payments.id))
      .limit(HISTORY_LIMIT),
    db.select({ value: count() }).from(payments).where(where),
  ]);
  const all = total?.value ?? 0;
  return { rows, total: all, more: all > rows.length };
}
