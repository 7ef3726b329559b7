import type { StaffRole } from "@/db/schema";

declare module "next-auth" {
  interface User {
    role?: StaffRole;
  }

  interface Session {
    staffId?: number;
    role?: StaffRole;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    staffId?: number;
    role?: StaffRole;
  }
}
