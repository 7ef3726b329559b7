import { Faker, base, en } from "@faker-js/faker";
import { planLedger } from "./ledger";
import { planPayments, planRoleGrants } from "./plan-commerce";
import { planBans, planCustomers } from "./plan-customers";
import type { DemoPlan, PlannedAudit, PlannedBan } from "./plan-types";

export const DEMO_SEED = 20_240_611;
export const DEMO_CUSTOMER_COUNT = 600;

export interface PlanOptions {
  /** Reference time: every date is placed relative to it. */
  now: number;
  customers?: number;
  seed?: number;
}

export function isBanActive(ban: PlannedBan, now: number): boolean {
  return (
    ban.revokedAt === null && (ban.expiresAt === null || ban.expiresAt > now)
  );
}

function banAudit(bans: PlannedBan[]): PlannedAudit[] {
  const rows: PlannedAudit[] = [];
  for (const ban of bans) {
    const target = { type: "customer" as const, index: ban.customer };
    rows.push({
      action: "bans.create",
      target,
      before: null,
      after: {
        reason: ban.reason,
        expiresAt:
          ban.expiresAt === null ? null : new Date(ban.expiresAt).toISOString(),
      },
      createdAt: ban.createdAt,
    });
    if (ban.revokedAt !== null) {
      rows.push({
        action: "bans.revoke",
        target,
        before: { reason: ban.reason },
        after: { revoked: true, note: "Appeal accepted" },
        createdAt: ban.revokedAt,
      });
    }
  }
  return rows;
}

/**
 * Computes the whole demo data set in memory. The same seed and reference
 * time give the same plan.
 */
export function planDemo(options: PlanOptions): DemoPlan {
  const f = new Faker({ locale: [en, base] });
  f.seed(options.seed ?? DEMO_SEED);
  const now = options.now;
  const customers = planCustomers(
    f,
    options.customers ?? DEMO_CUSTOMER_COUNT,
    now,
  );
  const bans = planBans(f, customers, now);
  const banned = new Set(
    bans.filter((ban) => isBanActive(ban, now)).map((ban) => ban.customer),
  );
  const payments = planPayments(f, customers, now, banned);
  const audit = banAudit(bans);
  const roleGrants = planRoleGrants(f, customers, payments, now, banned, audit);
  const { ledger, balances } = planLedger(f, customers, payments, audit);
  audit.sort((a, b) => a.createdAt - b.createdAt);
  return { customers, payments, roleGrants, ledger, balances, bans, audit };
}
