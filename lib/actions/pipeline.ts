import { z } from "zod";
import { getDb, type Database, type Transaction } from "@/db";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/session";
import { childLogger } from "@/lib/logger";

const log = childLogger("action");

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: "unauthenticated" | "forbidden" | "invalid" | "conflict" | "failed";
      message: string;
      fieldErrors?: FieldErrors;
    };

/** Thrown by a domain function for an expected refusal the user can fix. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly code: "invalid" | "conflict" = "invalid",
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export interface ActionContext<I> {
  tx: Transaction;
  actor: Actor;
  input: I;
}

export interface ActionDefinition<S extends z.ZodType, T> {
  name: string;
  permission: Permission;
  input: S;
  // Runs inside one transaction; the audit entry it returns is written in
  // that same transaction, so a mutation and its audit row commit together.
  run(
    context: ActionContext<z.infer<S>>,
  ): Promise<{ data: T; audit: AuditEntry }>;
}

/**
 * Runs an action for an actor: authentication, zod input, permission, the
 * mutation and its audit row. Every staff mutation goes through here; the
 * server action wrappers only supply the signed-in actor.
 */
export async function executeAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  actor: Actor | null,
  rawInput: unknown,
  db: Database = getDb(),
): Promise<ActionResult<T>> {
  if (!actor) {
    return {
      ok: false,
      code: "unauthenticated",
      message: "Your session has ended. Sign in again, then retry.",
    };
  }
  if (!can(actor.role, definition.permission)) {
    log.warn(
      { action: definition.name, staffId: actor.id, role: actor.role },
      "action forbidden",
    );
    return {
      ok: false,
      code: "forbidden",
      message: `Your role (${actor.role}) cannot do this: it needs the permission ${definition.permission}.`,
    };
  }
  const parsed = definition.input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      code: "invalid",
      message: "Some fields are invalid. Correct them and submit again.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
    };
  }

  try {
    const data = await db.transaction(async (tx) => {
      const outcome = await definition.run({ tx, actor, input: parsed.data });
      await recordAudit(tx, actor, outcome.audit);
      return outcome.data;
    });
    log.info({ action: definition.name, staffId: actor.id }, "action done");
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ActionError) {
      return {
        ok: false,
        code: error.code,
        message: error.message,
        fieldErrors: error.fieldErrors,
      };
    }
    log.error(
      { err: error, action: definition.name, staffId: actor.id },
      "action failed",
    );
    return {
      ok: false,
      code: "failed",
      message:
        "The change could not be saved and nothing was modified. Try again; if it fails again, report it with the time shown.",
    };
  }
}
