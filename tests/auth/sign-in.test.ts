import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, signInAttempts, staffUsers } from "@/db/schema";
import {
  endSessions,
  isSessionCurrent,
  SIGN_IN_LIMITS,
  verifyStaffCredentials,
} from "@/lib/auth/sign-in";
import { createStaffUser, StaffExistsError } from "@/lib/auth/staff";
import { createTestDatabase, type TestDatabase } from "../database";

const PASSWORD = "correct-horse-battery";
const cli = { id: null, email: "test" };

describe("staff sign-in", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await createStaffUser(t.db, cli, {
      email: "Ana@Example.com",
      role: "support",
      password: PASSWORD,
    });
    await createStaffUser(t.db, cli, {
      email: "gone@example.com",
      role: "admin",
      password: PASSWORD,
    });
    await t.db
      .update(staffUsers)
      .set({ disabledAt: new Date() })
      .where(eq(staffUsers.email, "gone@example.com"));
  });
  afterAll(async () => {
    await t.close();
  });

  it("accepts the right password, any email case", async () => {
    const result = await verifyStaffCredentials(t.db, {
      email: "ana@example.COM ",
      password: PASSWORD,
      ip: "10.0.0.1",
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.user.role).toBe("support");
  });

  it("stores an argon2id hash, not the password", async () => {
    const [row] = await t.db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.email, "Ana@Example.com"));
    expect(row?.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(row?.passwordHash).not.toContain(PASSWORD);
  });

  it("rejects wrong, unknown and disabled alike", async () => {
    const wrong = await verifyStaffCredentials(t.db, {
      email: "ana@example.com",
      password: "nope-nope-nope",
      ip: "10.0.0.2",
    });
    const unknown = await verifyStaffCredentials(t.db, {
      email: "nobody@example.com",
      password: PASSWORD,
      ip: "10.0.0.2",
    });
    const disabled = await verifyStaffCredentials(t.db, {
      email: "gone@example.com",
      password: PASSWORD,
      ip: "10.0.0.2",
    });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(disabled).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after repeated failures, even with the right password", async () => {
    await createStaffUser(t.db, cli, {
      email: "target@example.com",
      role: "viewer",
      password: PASSWORD,
    });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      const ip = `10.1.0.${i}`;
      expect(
        (
          await verifyStaffCredentials(t.db, {
            email: "target@example.com",
            password: "guess-" + i,
            ip,
          })
        ).ok,
      ).toBe(false);
    }
    const locked = await verifyStaffCredentials(t.db, {
      email: "target@example.com",
      password: PASSWORD,
      ip: "10.1.1.1",
    });
    expect(locked).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("limits one IP address across accounts", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      await verifyStaffCredentials(t.db, {
        email: `spray${i}@example.com`,
        password: "x-x-x-x-x-x",
        ip,
      });
    }
    const result = await verifyStaffCredentials(t.db, {
      email: "ana@example.com",
      password: PASSWORD,
      ip,
    });
    expect(result).toEqual({ ok: false, reason: "rate_limited" });
    const other = await verifyStaffCredentials(t.db, {
      email: "ana@example.com",
      password: PASSWORD,
      ip: "10.2.0.2",
    });
    expect(other.ok).toBe(true);
  });

  it("records every attempt", async () => {
    const rows = await t.db.select().from(signInAttempts);
    expect(rows.length).toBeGreaterThan(SIGN_IN_LIMITS.perIp);
    expect(rows.some((row) => row.succeeded)).toBe(true);
  });
});

describe("staff creation", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.close();
  });

  it("writes an audit row", async () => {
    const created = await createStaffUser(t.db, cli, {
      email: "new@example.com",
      role: "viewer",
      password: PASSWORD,
    });
    const rows = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, String(created.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.action).toBe("staff.create");
    expect(JSON.stringify(rows[0]?.after)).not.toContain(PASSWORD);
  });

  it("rejects a duplicate email in another case", async () => {
    await expect(
      createStaffUser(t.db, cli, {
        email: "NEW@example.com",
        role: "admin",
        password: PASSWORD,
      }),
    ).rejects.toBeInstanceOf(StaffExistsError);
  });

  it("creates one account when two requests race", async () => {
    const attempts = await Promise.allSettled([
      createStaffUser(t.db, cli, {
        email: "race@example.com",
        role: "admin",
        password: PASSWORD,
      }),
      createStaffUser(t.db, cli, {
        email: "Race@example.com",
        role: "admin",
        password: PASSWORD,
      }),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const rejected = attempts.find((a) => a.status === "rejected");
    expect(
      rejected && (rejected as PromiseRejectedResult).reason,
    ).toBeInstanceOf(StaffExistsError);
  });

  it("rejects a short password and an unknown role", async () => {
    await expect(
      createStaffUser(t.db, cli, {
        email: "short@example.com",
        role: "admin",
        password: "short",
      }),
    ).rejects.toThrow(/at least 12/);
    await expect(
      createStaffUser(t.db, cli, {
        email: "role@example.com",
        role: "root" as "admin",
        password: PASSWORD,
      }),
    ).rejects.toThrow(/admin, support, viewer/);
  });
});

describe("session end on sign-out", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.close();
  });

  it("rejects sessions signed in before the sign-out", async () => {
    const created = await createStaffUser(t.db, cli, {
      email: "leaver@example.com",
      role: "support",
      password: PASSWORD,
    });
    const before = Date.now() - 1000;
    await endSessions(t.db, created.id);
    const [row] = await t.db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.id, created.id));
    expect(row?.sessionsValidAfter).toBeInstanceOf(Date);
    expect(isSessionCurrent(before, row!.sessionsValidAfter)).toBe(false);
    expect(isSessionCurrent(undefined, row!.sessionsValidAfter)).toBe(false);
    expect(isSessionCurrent(Date.now() + 1, row!.sessionsValidAfter)).toBe(
      true,
    );
  });

  it("accepts any session of an account never signed out", () => {
    expect(isSessionCurrent(undefined, null)).toBe(true);
    expect(isSessionCurrent(Date.now(), null)).toBe(true);
  });
});
