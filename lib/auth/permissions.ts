import type { StaffRole } from "@/db/schema";

export const STAFF_ROLES = ["admin", "support", "viewer"] as const;

const everyone: readonly StaffRole[] = STAFF_ROLES;
const agents: readonly StaffRole[] = ["admin", "support"];
const admins: readonly StaffRole[] = ["admin"];

/**
 * The one table of who may do what. Every page, server action and route
 * handler checks it through `can` or `requirePermission`; nothing checks a role
 * by name elsewhere.
 */
export const PERMISSIONS = {
  "dashboard.view": everyone,
  "customers.view": everyone,
  "customers.viewEmail": agents,
  "payments.view": everyone,
  "payments.deliver": admins,
  "points.adjust": admins,
  "roles.grant": admins,
  "bans.manage": admins,
  "tickets.view": agents,
  "tickets.reply": agents,
  "logs.view": everyone,
  "logs.viewIp": admins,
  "logs.ingest": admins,
  "audit.view": admins,
  "staff.manage": admins,
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(
  role: StaffRole | null | undefined,
  permission: Permission,
) {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

export class PermissionError extends Error {
  constructor(
    readonly permission: Permission,
    readonly role: StaffRole | null,
  ) {
    super(
      role
        ? `The ${role} role does not have the permission ${permission}.`
        : "You are not signed in.",
    );
    this.name = "PermissionError";
  }
}

export function requirePermission(
  role: StaffRole | null | undefined,
  permission: Permission,
): void {
  if (!can(role, permission))
    throw new PermissionError(permission, role ?? null);
}
