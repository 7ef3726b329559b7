import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Database } from "@/db";
import { auditEvents } from "@/db/schema";

export interface AuditPage {
  events: (typeof auditEvents.$inferSelect)[];
  nextBefore: number | null;
}

/**
 * Lists audit events newest first, `size` at a time; `before` is the id of
 * the last event of the previous page (keyset pagination on the identity).
 */
export async function listAuditEvents(
  db: Database,
  options: { before?: number; size?: number; action?: string } = {},
): Promise<AuditPage> {
  const size = options.size ?? 50;
  const filters: SQL[] = [];
  if (options.before) filters.push(lt(auditEvents.id, options.before));
  if (options.action) filters.push(eq(auditEvents.action, options.action));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(size + 1);
  const events = rows.slice(0, size);
  return {
    events,
    nextBefore: rows.length > size ? (events.at(-1)?.id ?? null) : null,
  };
}
