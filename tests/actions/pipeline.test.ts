import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { auditEvents, servers } from "@/db/schema";
import {
  ActionError,
  executeAction,
  type ActionDefinition,
} from "@/lib/actions/pipeline";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "../database";

// A real mutation on a real table, so the test observes commits and rollbacks.
const createServer: ActionDefinition<
  z.ZodObject<{
    name: z.ZodString;
    failAfterInsert: z.ZodOptional<z.ZodBoolean>;
  }>,
  { id: number }
> = {
  name: "servers.create",
  permission: "logs.ingest",
  input: z.object({
    name: z.string().trim().min(2, "must be at least 2 characters"),
    failAfterInsert: z.boolean().optional(),
  }),
  async run({ tx, input }) {
    const [row] = await tx
      .insert(servers)
      .values({ name: input.name })
      .returning();
    if (input.name === "taken")
      throw new ActionError("That name is taken.", "conflict");
    if (input.failAfterInsert) throw new Error("simulated failure");
    return {
      data: { id: row!.id },
      audit: {
        action: "servers.create",
        targetType: "server",
        targetId: row!.id,
        after: { name: row!.name },
      },
    };
  },
};

const actor = (role: Actor["role"]): Actor => ({
  id: 1,
  email: `${role}@example.com`,
  name: role,
  role,
});

describe("action pipeline", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.pool.query(
      "insert into staff_users (email, name, role, password_hash) values ('admin@example.com', 'a', 'admin', 'x')",
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it("rejects a caller without a session", async () => {
    const result = await executeAction(
      createServer,
      null,
      { name: "alpha" },
      t.db,
    );
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it.each(STAFF_ROLES.filter((role) => role !== "admin"))(
    "rejects the %s role and changes nothing",
    async (role) => {
      const result = await executeAction(
        createServer,
        actor(role),
        { name: `by-${role}` },
        t.db,
      );
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      const rows = await t.db
        .select()
        .from(servers)
        .where(eq(servers.name, `by-${role}`));
      expect(rows).toHaveLength(0);
    },
  );

  it("returns field errors for invalid input", async () => {
    const result = await executeAction(
      createServer,
      actor("admin"),
      { name: " x " },
      t.db,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("invalid");
      expect(result.fieldErrors?.name).toEqual([
        "must be at least 2 characters",
      ]);
    }
  });

  it("commits the change and its audit row together", async () => {
    const result = await executeAction(
      createServer,
      actor("admin"),
      { name: "survival" },
      t.db,
    );
    expect(result.ok).toBe(true);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "servers.create"));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorEmail).toBe("admin@example.com");
    expect(audit[0]?.after).toEqual({ name: "survival" });
  });

  it("rolls back the change when the action fails", async () => {
    const result = await executeAction(
      createServer,
      actor("admin"),
      { name: "broken", failAfterInsert: true },
      t.db,
    );
    expect(result).toMatchObject({ ok: false, code: "failed" });
    expect(
      await t.db.select().from(servers).where(eq(servers.name, "broken")),
    ).toHaveLength(0);
  });

  it("passes an ActionError's message through and rolls back", async () => {
    const result = await executeAction(
      createServer,
      actor("admin"),
      { name: "taken" },
      t.db,
    );
    expect(result).toEqual({
      ok: false,
      code: "conflict",
      message: "That name is taken.",
      fieldErrors: undefined,
    });
    expect(
      await t.db.select().from(servers).where(eq(servers.name, "taken")),
    ).toHaveLength(0);
  });
});
