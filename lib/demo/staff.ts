import { randomInt } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db";
import { staffUsers, type StaffRole } from "@/db/schema";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { createStaffUser } from "@/lib/auth/staff";

export const DEMO_ACTOR: AuditActor = { id: null, email: "demo-seed" };

export const DEMO_STAFF: readonly {
  role: StaffRole;
  email: string;
  name: string;
}[] = [
  { role: "admin", email: "admin@demo.local", name: "Camille Durand" },
  { role: "support", email: "support@demo.local", name: "Sam Okafor" },
  { role: "viewer", email: "viewer@demo.local", name: "Lea Novak" },
];

export type DemoPasswords = Record<StaffRole, string>;

// Letters and digits that cannot be mistaken for one another when copied
// from a terminal: no 0/O, 1/l/I.
const PASSWORD_ALPHABET =
  "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Returns a random password of 18 characters (about 104 bits). */
function randomPassword(): string {
  return Array.from(
    { length: 18 },
    () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)],
  ).join("");
}

/** Returns DEMO_PASSWORD for every account when set, else a random one each. */
export function demoPasswords(
  fromEnv: string | undefined = process.env.DEMO_PASSWORD,
): DemoPasswords {
  const pick = () => fromEnv || randomPassword();
  return Object.fromEntries(
    STAFF_ROLES.map((role) => [role, pick()]),
  ) as DemoPasswords;
}

export async function demoStaffExists(tx: Executor): Promise<boolean> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(staffUsers)
    .where(
      inArray(
        sql`lower(${staffUsers.email})`,
        DEMO_STAFF.map((staff) => staff.email),
      ),
    );
  return (row?.count ?? 0) > 0;
}

/** Creates the three demo accounts; returns their ids by role. */
export async function createDemoStaff(
  tx: Executor,
  passwords: DemoPasswords,
): Promise<Record<StaffRole, number>> {
  const ids = {} as Record<StaffRole, number>;
  for (const staff of DEMO_STAFF) {
    // createStaffUser opens its own transaction; given a transaction, drizzle
    // turns it into a savepoint of the seeding one.
    const created = await createStaffUser(
      tx as unknown as Database,
      DEMO_ACTOR,
      {
        email: staff.email,
        name: staff.name,
        role: staff.role,
        password: passwords[staff.role],
      },
    );
    ids[staff.role] = created.id;
  }
  return ids;
}

/**
 * Makes the demo accounts accept `passwords`, for a database seeded with
 * other ones (the credentials file was deleted, or DEMO_PASSWORD changed).
 * Returns the e-mail addresses whose password was reset.
 */
export async function syncDemoPasswords(
  db: Database,
  passwords: DemoPasswords,
): Promise<string[]> {
  const rows = await db
    .select()
    .from(staffUsers)
    .where(
      inArray(
        sql`lower(${staffUsers.email})`,
        DEMO_STAFF.map((staff) => staff.email),
      ),
    );
  const reset: string[] = [];
  for (const row of rows) {
    const password = passwords[row.role];
    if (await verifyPassword(row.passwordHash, password)) continue;
    const passwordHash = await hashPassword(password);
    await db.transaction(async (tx) => {
      await tx
        .update(staffUsers)
        .set({ passwordHash })
        .where(sql`${staffUsers.id} = ${row.id}`);
      await recordAudit(tx, DEMO_ACTOR, {
        action: "staff.password_reset",
        targetType: "staff_user",
        targetId: row.id,
        after: { email: row.email },
      });
    });
    reset.push(row.email);
  }
  return reset;
}
