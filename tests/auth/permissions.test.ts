import { describe, expect, it } from "vitest";
import {
  can,
  PERMISSIONS,
  PermissionError,
  requirePermission,
  STAFF_ROLES,
  type Permission,
} from "@/lib/auth/permissions";

// The expected matrix is written out by hand, so a change to the table must
// be made twice, here on purpose.
const EXPECTED: Record<
  Permission,
  Record<(typeof STAFF_ROLES)[number], boolean>
> = {
  "dashboard.view": { admin: true, support: true, viewer: true },
  "customers.view": { admin: true, support: true, viewer: true },
  "customers.viewEmail": { admin: true, support: true, viewer: false },
  "payments.view": { admin: true, support: true, viewer: true },
  "payments.deliver": { admin: true, support: false, viewer: false },
  "points.adjust": { admin: true, support: false, viewer: false },
  "roles.grant": { admin: true, support: false, viewer: false },
  "bans.manage": { admin: true, support: false, viewer: false },
  "tickets.view": { admin: true, support: true, viewer: false },
  "tickets.reply": { admin: true, support: true, viewer: false },
  "logs.view": { admin: true, support: true, viewer: true },
  "logs.viewIp": { admin: true, support: false, viewer: false },
  "logs.ingest": { admin: true, support: false, viewer: false },
  "audit.view": { admin: true, support: false, viewer: false },
  "staff.manage": { admin: true, support: false, viewer: false },
};

describe("permission table", () => {
  it("lists exactly the expected permissions", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of STAFF_ROLES) {
      const allowed = EXPECTED[permission][role];
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
        if (allowed) {
          expect(() => requirePermission(role, permission)).not.toThrow();
        } else {
          expect(() => requirePermission(role, permission)).toThrow(
            PermissionError,
          );
        }
      });
    }
  }

  it("denies a missing role", () => {
    expect(can(null, "dashboard.view")).toBe(false);
    expect(can(undefined, "logs.view")).toBe(false);
  });
});
