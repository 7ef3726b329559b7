import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { Database } from "@/db";
import { customers, payments } from "@/db/schema";

export const DELIVERY_FILTERS = [
  "all",
  "awaiting",
  "delivered",
  "revoked",
] as const;
export type DeliveryFilter = (typeof DELIVERY_FILTERS)[number];

export interface PaymentRow {
  id: number;
  paidAt: Date;
  customerId: number;
  playerName: string;
  productName: string;
  amountMinor: number;
  currency: string;
  status: "paid" | "refunded" | "charged_back";
  deliveryStatus: "awaiting" | "delivered" | "revoked";
  provider: string;
  externalId: string;
}

/** Payments newest first, filtered by delivery status, offset-paginated. */
export async function listPayments(
  db: Database,
  options: { delivery: DeliveryFilter; page: number; size: number },
): Promise<{ rows: PaymentRow[]; total: number }> {
  const filters: SQL[] = [];
  if (options.delivery !== "all") {
    filters.push(eq(payments.deliveryStatus, options.delivery));
    // A refunded purchase that was never delivered is not awaiting anything.
    if (options.delivery === "awaiting")
      filters.push(eq(payments.status, "paid"));
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: payments.id,
        paidAt: payments.paidAt,
        customerId: payments.customerId,
        playerName: customers.playerName,
        productName: payments.productName,
        amountMinor: payments.amountMinor,
        currency: payments.currency,
        status: payments.status,
        deliveryStatus: payments.deliveryStatus,
        provider: payments.provider,
        externalId: payments.externalId,
      })
      .from(payments)
      .innerJoin(customers, eq(customers.id, payments.customerId))
      .where(where)
      .orderBy(desc(payments.paidAt), desc(payments.id))
      .limit(options.size)
      .offset((options.page - 1) * options.size),
    db.select({ n: count() }).from(payments).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
