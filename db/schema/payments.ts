import {
  bigint,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  char,
} from "drizzle-orm/pg-core";
import { customers, roles } from "./customers";

export const paymentStatus = pgEnum("payment_status", [
  "paid",
  "refunded",
  "charged_back",
]);

export const deliveryStatus = pgEnum("delivery_status", [
  "awaiting",
  "delivered",
  "revoked",
]);

export const payments = pgTable(
  "payments",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    customerId: bigint("customer_id", { mode: "number" })
      .notNull()
      .references(() => customers.id),
    provider: text("provider").notNull(),
    externalId: text("external_id").notNull(),
    productName: text("product_name").notNull(),
    // What delivery grants: a rank, points, or both.
    grantsRoleId: bigint("grants_role_id", { mode: "number" }).references(
      () => roles.id,
    ),
    grantsPoints: integer("grants_points").notNull().default(0),
    // Integer minor units (cents) of `currency`.
    amountMinor: integer("amount_minor").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    status: paymentStatus("status").notNull().default("paid"),
    deliveryStatus: deliveryStatus("delivery_status")
      .notNull()
      .default("awaiting"),
    paidAt: timestamp("paid_at", { withTimezone: true }).notNull(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    uniqueIndex("payments_provider_external_id_key").on(
      t.provider,
      t.externalId,
    ),
    index("payments_customer_idx").on(t.customerId, t.paidAt),
    index("payments_delivery_idx").on(t.deliveryStatus, t.paidAt),
  ],
);

export type Payment = typeof payments.$inferSelect;
