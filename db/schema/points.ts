import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { customers } from "./customers";
import { payments } from "./payments";
import { staffUsers } from "./staff";

export const pointSource = pgEnum("point_source", [
  "purchase",
  "staff",
  "refund",
  "chargeback",
  "spend",
  "migration",
]);

// Append-only ledger: rows are never updated or deleted. A correction is a
// new row with the opposite delta.
export const pointTransactions = pgTable(
  "point_transactions",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    customerId: bigint("customer_id", { mode: "number" })
      .notNull()
      .references(() => customers.id),
    delta: bigint("delta", { mode: "number" }).notNull(),
    balanceAfter: bigint("balance_after", { mode: "number" }).notNull(),
    source: pointSource("source").notNull(),
    reason: text("reason").notNull(),
    // A retried request or a double click carries the same key, and the
    // unique index turns the second attempt into a no-op.
    idempotencyKey: text("idempotency_key").notNull(),
    paymentId: bigint("payment_id", { mode: "number" }).references(
      () => payments.id,
    ),
    actorStaffId: bigint("actor_staff_id", { mode: "number" }).references(
      () => staffUsers.id,
    ),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    uniqueIndex("point_transactions_idempotency_key").on(t.idempotencyKey),
    index("point_transactions_customer_idx").on(t.customerId, t.id),
    check("point_transactions_delta_nonzero", sql`${t.delta} <> 0`),
  ],
);

export type PointTransaction = typeof pointTransactions.$inferSelect;
