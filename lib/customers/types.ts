import type { StaffRole } from "@/db/schema";

export interface Viewer {
  role: StaffRole;
}

export interface RankBadge {
  key: string;
  name: string;
  color: string;
}

export interface CurrencyTotal {
  currency: string;
  amountMinor: number;
}

export interface CustomerListRow {
  id: number;
  playerName: string;
  minecraftUuid: string;
  email: string | null;
  ranks: RankBadge[];
  pointsBalance: number;
  totalPaidMinor: number;
  // Paid totals in currencies other than the main one.
  otherTotals: CurrencyTotal[];
  lastSeenAt: Date | null;
  joinedAt: Date;
  banned: boolean;
}

export interface CustomerList {
  rows: CustomerListRow[];
  total: number;
}

export interface CustomerRank extends RankBadge {
  grantedAt: Date;
  expiresAt: Date | null;
}

export interface OpenBan {
  reason: string;
  createdAt: Date;
  expiresAt: Date | null;
}

export interface CustomerDetail {
  id: number;
  playerName: string;
  minecraftUuid: string;
  email: string | null;
  pointsBalance: number;
  joinedAt: Date;
  lastSeenAt: Date | null;
  ranks: CustomerRank[];
  openBan: OpenBan | null;
}

/** The newest rows of a history, and whether older ones were left out. */
export interface Recent<T> {
  rows: T[];
  total: number | null;
  more: boolean;
}

export interface LedgerEntry {
  id: number;
  createdAt: Date;
  delta: number;
  balanceAfter: number;
  source: string;
  reason: string;
}

export interface CustomerPayment {
  id: number;
  paidAt: Date;
  productName: string;
  amountMinor: number;
  currency: string;
  status: "paid" | "refunded" | "charged_back";
  deliveryStatus: "awaiting" | "delivered" | "revoked";
}

export interface PlayerLogRecord {
  id: number;
  ts: Date;
  serverName: string;
  kind: string;
  message: string;
}
