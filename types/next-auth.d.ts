import type { StaffRole } from "@/db/schema";

declare module "next-auth" {
  interface User {
    role?: StaffRole;
  }

  interface Session {
    staffId?: number;
    role?: StaffRole;
    signedInAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    staffId?: number;
    role?: StaffRole;
    // Milliseconds since the epoch, set once at sign-in. next-auth renews
    // `iat` whenever it re-encodes the token, so it cannot date the sign-in.
    signedInAt?: number;
  }
}
