import path from "node:path";

export const DEMO_PASSWORD = "e2e-demo-password-123";

export const ROLES = ["admin", "support", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export function storageStateFor(role: Role): string {
  return path.join(import.meta.dirname, ".auth", `${role}.json`);
}

export function emailFor(role: Role): string {
  return `${role}@demo.local`;
}
