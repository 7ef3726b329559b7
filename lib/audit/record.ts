import type { Executor } from "@/db";
import { auditEvents } from "@/db/schema";

export interface AuditActor {
  id: number | null;
  email: string;
}

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row; call it inside the mutation's transaction. */
export async function recordAudit(
  tx: Executor,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditEvents).values({
    actorStaffId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId == null ? null : String(entry.targetId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
