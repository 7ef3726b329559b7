import type { DemoProduct } from "./catalog";
import type { ExcerptPlayer } from "./players";

// The demo data set as plain values: customers are referred to by their
// index, payments by external id, until seeding learns the database ids.
// Times are epoch milliseconds.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface PlannedCustomer {
  name: string;
  uuid: string;
  email: string | null;
  joinedAt: number;
  lastSeenAt: number;
  excerpt?: ExcerptPlayer;
}

export type PaymentStatus = "paid" | "refunded" | "charged_back";

export interface PlannedPayment {
  customer: number;
  externalId: string;
  product: DemoProduct;
  currency: "EUR" | "USD" | "GBP";
  amountMinor: number;
  status: PaymentStatus;
  deliveryStatus: "awaiting" | "delivered" | "revoked";
  paidAt: number;
  deliveredAt: number | null;
  /** When the refund or chargeback came in. */
  reversedAt: number | null;
  /** Delivered by hand by an admin rather than by the store. */
  manual: boolean;
}

export interface PlannedRoleGrant {
  customer: number;
  roleKey: string;
  grantedAt: number;
  byStaff: boolean;
  expiresAt: number | null;
}

export interface PlannedLedgerRow {
  customer: number;
  delta: number;
  balanceAfter: number;
  source:
    "purchase" | "staff" | "refund" | "chargeback" | "spend" | "migration";
  reason: string;
  idempotencyKey: string;
  paymentExternalId: string | null;
  byStaff: boolean;
  createdAt: number;
}

export interface PlannedBan {
  customer: number;
  reason: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
}

export interface PlannedAudit {
  action: string;
  target:
    | { type: "customer"; index: number }
    | { type: "payment"; externalId: string };
  before: unknown;
  after: unknown;
  createdAt: number;
}

export interface DemoPlan {
  customers: PlannedCustomer[];
  payments: PlannedPayment[];
  roleGrants: PlannedRoleGrant[];
  ledger: PlannedLedgerRow[];
  balances: number[];
  bans: PlannedBan[];
  audit: PlannedAudit[];
}
