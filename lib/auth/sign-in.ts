import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { signInAttempts, staffUsers, type StaffRole } from "@/db/schema";
import { childLogger } from "@/lib/logger";
import { timingDummyHash, verifyPassword } from "./passwords";

const log = childLogger("auth");

export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  // Failed attempts allowed per account, and per IP address, in the window.
  perAccount: 5,
  perIp: 20,
};

export type SignInResult =
  | {
      ok: true;
      user: { id: number; email: string; name: string; role: StaffRole };
    }
  | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password against the staff table. Every outcome other
 * than success looks the same to the caller except a rate limit, so a
 * failure does not reveal whether the account exists.
 */
export async function verifyStaffCredentials(
  db: Database,
  input: { email: string; password: string; ip: string },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  if (await isRateLimited(db, email, input.ip)) {
    log.warn({ email, ip: input.ip }, "sign-in rate limited");
    await recordAttempt(db, email, input.ip, false);
    return { ok: false, reason: "rate_limited" };
  }

  const [user] = await db
    .select()
    .from(staffUsers)
    .where(eq(sql`lower(${staffUsers.email})`, email))
    .limit(1);

  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await timingDummyHash(), input.password).then(
        () => false,
      );

  if (!user || !valid || user.disabledAt) {
    await recordAttempt(db, email, input.ip, false);
    log.info({ email, ip: input.ip }, "sign-in failed");
    return { ok: false, reason: "invalid" };
  }

  await recordAttempt(db, email, input.ip, true);
  await db
    .update(staffUsers)
    .set({ lastSignInAt: new Date() })
    .where(eq(staffUsers.id, user.id));
  log.info({ staffId: user.id }, "signed in");
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
  };
}

async function isRateLimited(
  db: Database,
  email: string,
  ip: string,
): Promise<boolean> {
  const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const failed = and(
    eq(signInAttempts.succeeded, false),
    gt(signInAttempts.createdAt, since),
  );
  const [byAccount] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(failed, eq(sql`lower(${signInAttempts.email})`, email)));
  if ((byAccount?.n ?? 0) >= SIGN_IN_LIMITS.perAccount) return true;
  const [byIp] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(failed, eq(signInAttempts.ip, ip)));
  return (byIp?.n ?? 0) >= SIGN_IN_LIMITS.perIp;
}

async function recordAttempt(
  db: Database,
  email: string,
  ip: string,
  succeeded: boolean,
): Promise<void> {
  await db.insert(signInAttempts).values({ email, ip, succeeded });
}

/**
 * Ends every session of a staff account: sessions signed in before now are
 * rejected by currentActor. Called on sign-out, because a JWT session
 * cookie copied earlier would otherwise stay valid until it expires.
 */
export async function endSessions(db: Database, staffId: number) {
  await db
    .update(staffUsers)
    .set({ sessionsValidAfter: new Date() })
    .where(eq(staffUsers.id, staffId));
  log.info({ staffId }, "signed out: sessions ended");
}

/** True when a session signed in at `signedInAt` (ms) is still valid. */
export function isSessionCurrent(
  signedInAt: number | undefined,
  sessionsValidAfter: Date | null,
): boolean {
  if (!sessionsValidAfter) return true;
  return signedInAt !== undefined && signedInAt > sessionsValidAfter.getTime();
}
