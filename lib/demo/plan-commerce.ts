import type { Faker } from "@faker-js/faker";
import {
  DEMO_PRODUCTS,
  productByKey,
  type Currency,
  type DemoProduct,
} from "./catalog";
import { between } from "./plan-customers";
import {
  DAY,
  HOUR,
  MINUTE,
  type PaymentStatus,
  type PlannedAudit,
  type PlannedCustomer,
  type PlannedPayment,
  type PlannedRoleGrant,
} from "./plan-types";

const RANK_PRODUCTS = DEMO_PRODUCTS.filter((item) => item.roleKey !== null);

function pickProduct(f: Faker): DemoProduct {
  return f.helpers.weightedArrayElement(
    DEMO_PRODUCTS.map((item) => ({ weight: item.weight, value: item })),
  );
}

function pickCurrency(f: Faker): Currency {
  return f.helpers.weightedArrayElement<Currency>([
    { weight: 85, value: "EUR" },
    { weight: 10, value: "USD" },
    { weight: 5, value: "GBP" },
  ]);
}

export class PaymentPlanner {
  readonly payments: PlannedPayment[] = [];
  private readonly ids = new Set<string>();

  constructor(
    private readonly f: Faker,
    private readonly now: number,
  ) {}

  private externalId(): string {
    for (;;) {
      const hex = (length: number) =>
        this.f.string.hexadecimal({ length, casing: "lower", prefix: "" });
      const id = `tbx-${hex(14)}-${hex(6)}`;
      if (this.ids.has(id)) continue;
      this.ids.add(id);
      return id;
    }
  }

  add(
    customer: number,
    product: DemoProduct,
    paidAt: number,
    options: {
      status?: PaymentStatus;
      awaiting?: boolean;
      currency?: Currency;
    } = {},
  ): PlannedPayment {
    const f = this.f;
    const currency = options.currency ?? pickCurrency(f);
    const status = options.status ?? "paid";
    const awaiting = options.awaiting === true && status === "paid";
    // A few deliveries were stuck and pushed by an admin hours later.
    const manual = !awaiting && f.datatype.boolean({ probability: 0.02 });
    const deliveredAt = awaiting
      ? null
      : Math.min(
          this.now,
          paidAt +
            (manual
              ? between(f, 2 * HOUR, 30 * HOUR)
              : between(f, 3_000, 90_000)),
        );
    const reversedAt =
      status === "paid" || deliveredAt === null
        ? null
        : Math.min(this.now, deliveredAt + between(f, 6 * HOUR, 25 * DAY));
    const payment: PlannedPayment = {
      customer,
      externalId: this.externalId(),
      product,
      currency,
      amountMinor: product.price[currency],
      status,
      deliveryStatus: awaiting
        ? "awaiting"
        : status === "paid"
          ? "delivered"
          : "revoked",
      paidAt,
      deliveredAt,
      reversedAt,
      manual,
    };
    this.payments.push(payment);
    return payment;
  }
}

/** Plans store purchases: ~40% of customers buy 1-5 times, and a handful await delivery. */
export function planPayments(
  f: Faker,
  customers: PlannedCustomer[],
  now: number,
  banned: Set<number>,
): PlannedPayment[] {
  const planner = new PaymentPlanner(f, now);
  customers.forEach((customer, index) => {
    if (customer.excerpt) {
      for (const purchase of customer.excerpt.purchases) {
        planner.add(
          index,
          productByKey(purchase.product),
          now - purchase.hoursAgo * HOUR,
          {
            status: purchase.status,
            awaiting: purchase.awaiting,
            currency: "EUR",
          },
        );
      }
      return;
    }
    if (!f.datatype.boolean({ probability: 0.4 })) return;
    const count = f.helpers.weightedArrayElement([
      { weight: 45, value: 1 },
      { weight: 25, value: 2 },
      { weight: 15, value: 3 },
      { weight: 10, value: 4 },
      { weight: 5, value: 5 },
    ]);
    for (let n = 0; n < count; n += 1) {
      const status = f.helpers.weightedArrayElement<PaymentStatus>([
        { weight: 93, value: "paid" },
        { weight: 5, value: "refunded" },
        { weight: 2, value: "charged_back" },
      ]);
      const paidAt = between(
        f,
        customer.joinedAt + 5 * MINUTE,
        customer.lastSeenAt,
      );
      planner.add(index, pickProduct(f), paidAt, { status });
    }
  });

  // Recent purchases the store has not delivered yet.
  const recent = customers
    .map((customer, index) => ({ customer, index }))
    .filter(
      ({ customer, index }) =>
        !customer.excerpt &&
        !banned.has(index) &&
        customer.lastSeenAt > now - 2 * DAY,
    );
  for (const { customer, index } of f.helpers.arrayElements(recent, 5)) {
    const paidAt = Math.max(
      customer.joinedAt + MINUTE,
      now - between(f, 20 * MINUTE, 40 * HOUR),
    );
    planner.add(index, f.helpers.arrayElement(RANK_PRODUCTS), paidAt, {
      awaiting: true,
    });
  }
  return planner.payments.sort((a, b) => a.paidAt - b.paidAt);
}

/** Plans ranks from delivered purchases, staff ranks and event prizes. */
export function planRoleGrants(
  f: Faker,
  customers: PlannedCustomer[],
  payments: PlannedPayment[],
  now: number,
  banned: Set<number>,
  audit: PlannedAudit[],
): PlannedRoleGrant[] {
  const grants = new Map<string, PlannedRoleGrant>();
  const add = (grant: PlannedRoleGrant) => {
    const key = `${grant.customer}:${grant.roleKey}`;
    if (!grants.has(key)) grants.set(key, grant);
  };
  for (const payment of payments) {
    if (payment.deliveryStatus !== "delivered" || !payment.product.roleKey)
      continue;
    add({
      customer: payment.customer,
      roleKey: payment.product.roleKey,
      grantedAt: payment.deliveredAt!,
      byStaff: payment.manual,
      expiresAt: null,
    });
  }

  const veterans = customers
    .map((customer, index) => ({ customer, index }))
    .filter(
      ({ customer, index }) =>
        !banned.has(index) &&
        !customer.excerpt &&
        customer.joinedAt < now - 180 * DAY,
    );
  const picked = f.helpers.arrayElements(veterans, 30);
  picked.forEach(({ customer, index }, n) => {
    const prize = n >= 11;
    let roleKey = "helper";
    if (prize) roleKey = "vip";
    else if (n < 6) roleKey = "builder";
    const grantedAt = prize
      ? now - between(f, DAY, 20 * DAY)
      : between(f, customer.joinedAt + 30 * DAY, customer.lastSeenAt);
    const expiresAt = prize ? grantedAt + 30 * DAY : null;
    if (grants.has(`${index}:${roleKey}`)) return;
    add({ customer: index, roleKey, grantedAt, byStaff: true, expiresAt });
    audit.push({
      action: "roles.grant",
      target: { type: "customer", index },
      before: null,
      after: {
        role: roleKey,
        expiresAt:
          expiresAt === null ? null : new Date(expiresAt).toISOString(),
        note: prize ? "Build contest prize (30 days)" : "Joined the staff team",
      },
      createdAt: grantedAt,
    });
  });

  for (const payment of payments) {
    if (!payment.manual || payment.deliveredAt === null) continue;
    audit.push({
      action: "payments.deliver",
      target: { type: "payment", externalId: payment.externalId },
      before: { deliveryStatus: "awaiting" },
      after: { deliveryStatus: "delivered" },
      createdAt: payment.deliveredAt,
    });
  }
  return [...grants.values()];
}
