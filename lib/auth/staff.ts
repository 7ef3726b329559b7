import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db";
import { staffUsers, type StaffRole } from "@/db/schema";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { isUniqueViolation } from "@/lib/db/errors";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./passwords";
import { STAFF_ROLES } from "./permissions";

export const newStaffSchema = z.object({
  email: z.email("must be an email address such as ana@example.com"),
  name: z.string().trim().min(1).max(100).optional(),
  role: z.enum(STAFF_ROLES, {
    error: `must be one of: ${STAFF_ROLES.join(", ")}`,
  }),
  password: z
    .string()
    .min(
      MIN_PASSWORD_LENGTH,
      `must be at least ${MIN_PASSWORD_LENGTH} characters`,
    )
    .max(1024, "must be at most 1024 characters")
    .refine((value) => value.trim().length > 0, {
      message: "must not be only spaces",
    }),
});

export type NewStaffInput = z.infer<typeof newStaffSchema>;

export class StaffExistsError extends Error {
  constructor(email: string) {
    super(`A staff account with the email ${email} already exists.`);
    this.name = "StaffExistsError";
  }
}

/** Creates a staff account with an argon2id hash and audits it. */
export async function createStaffUser(
  db: Database,
  actor: AuditActor,
  input: NewStaffInput,
): Promise<{ id: number; email: string; role: StaffRole }> {
  const data = newStaffSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await insertStaffUser(db, actor, data, passwordHash);
  } catch (error) {
    // Two creations of one email at the same time both pass the check
    // below; the unique index stops the second.
    if (isUniqueViolation(error, "staff_users_email_key")) {
      throw new StaffExistsError(data.email);
    }
    throw error;
  }
}

async function insertStaffUser(
  db: Database,
  actor: AuditActor,
  data: NewStaffInput,
  passwordHash: string,
) {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: staffUsers.id })
      .from(staffUsers)
      .where(eq(sql`lower(${staffUsers.email})`, data.email.toLowerCase()));
    if (existing) throw new StaffExistsError(data.email);

    const [created] = await tx
      .insert(staffUsers)
      .values({
        email: data.email,
        name: data.name ?? data.email.split("@")[0]!,
        role: data.role,
        passwordHash,
      })
      .returning({
        id: staffUsers.id,
        email: staffUsers.email,
        role: staffUsers.role,
      });
    await recordAudit(tx, actor, {
      action: "staff.create",
      targetType: "staff_user",
      targetId: created!.id,
      after: { email: created!.email, role: created!.role },
    });
    return created!;
  });
}
