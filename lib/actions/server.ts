import "server-only";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/session";
import {
  executeAction,
  type ActionDefinition,
  type ActionResult,
} from "./pipeline";

/**
 * Binds an action definition to the signed-in staff member. Export the
 * result from a "use server" module in lib/<area>/actions.ts.
 */
export function serverAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> =>
    executeAction(definition, await currentActor(), input);
}

/** Converts a submitted form into a plain object for the action's schema. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    result[key] = typeof value === "string" ? value : value.name;
  }
  return result;
}
