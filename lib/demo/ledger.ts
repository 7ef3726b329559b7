import type { Faker } from "@faker-js/faker";
import {
  SHOP_ITEMS,
  STAFF_CREDIT_REASONS,
  STAFF_DEBIT_REASONS,
} from "./catalog";
import { between } from "./plan-customers";
import {
  DAY,
  MINUTE,
  type PlannedAudit,
  type PlannedCustomer,
  type PlannedLedgerRow,
  type PlannedPayment,
} from "./plan-types";

type Movement = Omit<
  PlannedLedgerRow,
  "balanceAfter" | "idempotencyKey" | "customer"
> & {
  /** Spends and debits are dropped when the balance cannot cover them. */
  optional: boolean;
};

function purchaseMovements(payments: PlannedPayment[]): Movement[] {
  const movements: Movement[] = [];
  for (const payment of payments) {
    const points = payment.product.points;
    if (points === 0 || payment.deliveredAt === null) continue;
    const base = {
      paymentExternalId: payment.externalId,
      byStaff: false,
      optional: false,
    };
    movements.push({
      ...base,
      delta: points,
      source: "purchase",
      reason: `Store purchase: ${payment.product.name}`,
      createdAt: payment.deliveredAt,
      byStaff: payment.manual,
    });
    if (payment.reversedAt !== null) {
      const refund = payment.status === "refunded";
      movements.push({
        ...base,
        delta: -points,
        source: refund ? "refund" : "chargeback",
        reason: `${refund ? "Refund" : "Chargeback"} of ${payment.externalId}: ${payment.product.name}`,
        createdAt: payment.reversedAt,
      });
    }
  }
  return movements;
}

function otherMovements(
  f: Faker,
  customer: PlannedCustomer,
  firstCredit: number | null,
): Movement[] {
  const movements: Movement[] = [];
  const base = { paymentExternalId: null, byStaff: false, optional: false };
  if (
    customer.joinedAt < customer.lastSeenAt - 400 * DAY &&
    f.datatype.boolean({ probability: 0.08 })
  ) {
    movements.push({
      ...base,
      delta: f.number.int({ min: 1, max: 30 }) * 100,
      source: "migration",
      reason: "Balance imported from the previous store",
      createdAt: customer.joinedAt + MINUTE,
    });
  }
  if (f.datatype.boolean({ probability: 0.06 })) {
    const credit = f.datatype.boolean({ probability: 0.7 });
    movements.push({
      ...base,
      delta: credit
        ? f.number.int({ min: 1, max: 20 }) * 50
        : -f.number.int({ min: 1, max: 10 }) * 50,
      source: "staff",
      reason: f.helpers.arrayElement(
        credit ? STAFF_CREDIT_REASONS : STAFF_DEBIT_REASONS,
      ),
      createdAt: between(f, customer.joinedAt + DAY, customer.lastSeenAt),
      byStaff: true,
      optional: !credit,
    });
  }
  const earliest = Math.min(
    firstCredit ?? Infinity,
    ...movements.map((m) => m.createdAt),
  );
  if (Number.isFinite(earliest)) {
    const spends = f.number.int({ min: 0, max: 6 });
    for (let n = 0; n < spends; n += 1) {
      const item = f.helpers.arrayElement(SHOP_ITEMS);
      movements.push({
        ...base,
        delta: -item.cost,
        source: "spend",
        reason: `Game shop: ${item.name}`,
        createdAt: between(f, earliest + MINUTE, customer.lastSeenAt),
        optional: true,
      });
    }
  }
  return movements;
}

/**
 * Builds each customer's point ledger in time order, with the running
 * balance. Spends and debits that the balance cannot cover are left out,
 * and a reversal takes back at most what is left. Staff adjustments also
 * get audit rows.
 */
export function planLedger(
  f: Faker,
  customers: PlannedCustomer[],
  payments: PlannedPayment[],
  audit: PlannedAudit[],
): { ledger: PlannedLedgerRow[]; balances: number[] } {
  const byCustomer = new Map<number, PlannedPayment[]>();
  for (const payment of payments) {
    byCustomer.set(payment.customer, [
      ...(byCustomer.get(payment.customer) ?? []),
      payment,
    ]);
  }
  const ledger: PlannedLedgerRow[] = [];
  const balances = customers.map((customer, index) => {
    const purchases = purchaseMovements(byCustomer.get(index) ?? []);
    const firstCredit = purchases.length
      ? Math.min(...purchases.map((m) => m.createdAt))
      : null;
    const movements = [
      ...purchases,
      ...otherMovements(f, customer, firstCredit),
    ].sort((a, b) => a.createdAt - b.createdAt);
    let balance = 0;
    let count = 0;
    for (const { optional, ...movement } of movements) {
      let delta = movement.delta;
      if (delta < 0 && balance + delta < 0) {
        if (optional) continue;
        delta = -balance;
      }
      if (delta === 0) continue;
      const before = balance;
      balance += delta;
      count += 1;
      ledger.push({
        ...movement,
        customer: index,
        delta,
        balanceAfter: balance,
        idempotencyKey: `seed:${customer.name.toLowerCase()}:${count}`,
      });
      if (movement.source === "staff") {
        audit.push({
          action: delta > 0 ? "points.credit" : "points.debit",
          target: { type: "customer", index },
          before: { balance: before },
          after: { balance, delta, reason: movement.reason },
          createdAt: movement.createdAt,
        });
      }
    }
    return balance;
  });
  return { ledger: ledger.sort((a, b) => a.createdAt - b.createdAt), balances };
}
