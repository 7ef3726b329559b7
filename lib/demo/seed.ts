import { inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db";
import {
  auditEvents,
  bans,
  customerRoles,
  customers,
  payments,
  pointTransactions,
  roles,
} from "@/db/schema";
import { DEMO_ROLES } from "./catalog";
import { DEMO_CUSTOMER_COUNT, DEMO_SEED, planDemo } from "./plan";
import type { DemoPlan } from "./plan-types";
import {
  createDemoStaff,
  demoPasswords,
  demoStaffExists,
  type DemoPasswords,
} from "./staff";

export interface SeedOptions {
  /** Reference time of the data set (default: now). */
  now?: Date;
  /** Passwords of the demo accounts (default: DEMO_PASSWORD, else random). */
  passwords?: DemoPasswords;
  customers?: number;
  seed?: number;
}

export interface SeedResult {
  /** False when the database was already seeded: nothing was changed. */
  seeded: boolean;
  /** The demo accounts' passwords, when this call created them. */
  passwords: DemoPasswords | null;
  /** Rows written, by table name. */
  counts: Record<string, number>;
}

const CHUNK = 500;

// Multi-row inserts: one statement per CHUNK rows.
async function inChunks<T>(
  rows: T[],
  insert: (chunk: T[]) => Promise<unknown>,
) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await insert(rows.slice(start, start + CHUNK));
  }
}

async function returningChunks<T, R>(
  rows: T[],
  insert: (chunk: T[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    out.push(...(await insert(rows.slice(start, start + CHUNK))));
  }
  return out;
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * Fills an empty database with a realistic, deterministic demo data set:
 * ranks, customers with purchases, point ledgers and bans, the three demo
 * staff accounts and some audit history. Runs in one transaction; on a
 * database that already has the demo accounts it changes nothing.
 */
export async function seedDemo(
  db: Database,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const now = (options.now ?? new Date()).getTime();
  return db.transaction(async (tx) => {
    // Two launchers started together seed once.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('backoffice-demo-seed'))`,
    );
    if (await demoStaffExists(tx))
      return { seeded: false, passwords: null, counts: {} };
    const [existing] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(customers);
    if ((existing?.count ?? 0) > 0) {
      throw new Error(
        "Cannot seed the demo data: this database already contains customers but no demo accounts. Use an empty database, e.g. unset DATABASE_URL to use the embedded one.",
      );
    }

    const passwords = options.passwords ?? demoPasswords();
    const staff = await createDemoStaff(tx, passwords);
    const plan = planDemo({
      now,
      customers: options.customers ?? DEMO_CUSTOMER_COUNT,
      seed: options.seed ?? DEMO_SEED,
    });
    const counts = await writePlan(tx, plan, staff.admin);
    return { seeded: true, passwords, counts };
  });
}

async function insertRoles(tx: Executor): Promise<Map<string, number>> {
  await tx
    .insert(roles)
    .values(
      DEMO_ROLES.map(({ key, name, color, priority }) => ({
        key,
        name,
        color,
        priority,
      })),
    )
    .onConflictDoNothing({ target: roles.key });
  const rows = await tx
    .select({ id: roles.id, key: roles.key })
    .from(roles)
    .where(
      inArray(
        roles.key,
        DEMO_ROLES.map((role) => role.key),
      ),
    );
  return new Map(rows.map((row) => [row.key, row.id]));
}

async function writePlan(tx: Executor, plan: DemoPlan, adminId: number) {
  const roleIds = await insertRoles(tx);
  const roleId = (key: string) => roleIds.get(key)!;
  const staffId = (byStaff: boolean) => (byStaff ? adminId : null);

  const customerRows = await returningChunks(
    plan.customers.map((customer, index) => ({ customer, index })),
    (chunk) =>
      tx
        .insert(customers)
        .values(
          chunk.map(({ customer, index }) => ({
            playerName: customer.name,
            minecraftUuid: customer.uuid,
            email: customer.email,
            pointsBalance: plan.balances[index]!,
            joinedAt: new Date(customer.joinedAt),
            lastSeenAt: new Date(customer.lastSeenAt),
            createdAt: new Date(customer.joinedAt),
          })),
        )
        .returning({ id: customers.id, uuid: customers.minecraftUuid }),
  );
  const idByUuid = new Map(customerRows.map((row) => [row.uuid, row.id]));
  const customerId = (index: number) =>
    idByUuid.get(plan.customers[index]!.uuid)!;

  const paymentRows = await returningChunks(plan.payments, (chunk) =>
    tx
      .insert(payments)
      .values(
        chunk.map((payment) => ({
          customerId: customerId(payment.customer),
          provider: "tebex",
          externalId: payment.externalId,
          productName: payment.product.name,
          grantsRoleId: payment.product.roleKey
            ? roleId(payment.product.roleKey)
            : null,
          grantsPoints: payment.product.points,
          amountMinor: payment.amountMinor,
          currency: payment.currency,
          status: payment.status,
          deliveryStatus: payment.deliveryStatus,
          paidAt: new Date(payment.paidAt),
          deliveredAt: date(payment.deliveredAt),
          createdAt: new Date(payment.paidAt),
        })),
      )
      .returning({ id: payments.id, externalId: payments.externalId }),
  );
  const paymentId = new Map(paymentRows.map((row) => [row.externalId, row.id]));

  await inChunks(plan.roleGrants, (chunk) =>
    tx.insert(customerRoles).values(
      chunk.map((grant) => ({
        customerId: customerId(grant.customer),
        roleId: roleId(grant.roleKey),
        grantedAt: new Date(grant.grantedAt),
        grantedBy: staffId(grant.byStaff),
        expiresAt: date(grant.expiresAt),
      })),
    ),
  );

  await inChunks(plan.ledger, (chunk) =>
    tx.insert(pointTransactions).values(
      chunk.map((row) => ({
        customerId: customerId(row.customer),
        delta: row.delta,
        balanceAfter: row.balanceAfter,
        source: row.source,
        reason: row.reason,
        idempotencyKey: row.idempotencyKey,
        paymentId: row.paymentExternalId
          ? paymentId.get(row.paymentExternalId)!
          : null,
        actorStaffId: staffId(row.byStaff),
        createdAt: new Date(row.createdAt),
      })),
    ),
  );

  await inChunks(plan.bans, (chunk) =>
    tx.insert(bans).values(
      chunk.map((ban) => ({
        customerId: customerId(ban.customer),
        reason: ban.reason,
        createdBy: adminId,
        createdAt: new Date(ban.createdAt),
        expiresAt: date(ban.expiresAt),
        revokedAt: date(ban.revokedAt),
        revokedBy: ban.revokedAt === null ? null : adminId,
      })),
    ),
  );

  await inChunks(plan.audit, (chunk) =>
    tx.insert(auditEvents).values(
      chunk.map((entry) => ({
        actorStaffId: adminId,
        actorEmail: "admin@demo.local",
        action: entry.action,
        targetType: entry.target.type,
        targetId: String(
          entry.target.type === "customer"
            ? customerId(entry.target.index)
            : paymentId.get(entry.target.externalId)!,
        ),
        before: entry.before,
        after: entry.after,
        createdAt: new Date(entry.createdAt),
      })),
    ),
  );

  // Rows written per table; the three staff accounts each wrote an audit row.
  return {
    customers: customerRows.length,
    payments: paymentRows.length,
    point_transactions: plan.ledger.length,
    roles: roleIds.size,
    customer_roles: plan.roleGrants.length,
    bans: plan.bans.length,
    audit_events: plan.audit.length + 3,
  };
}
