import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { clientIp } from "./client-ip";
import { endSessions, verifyStaffCredentials } from "./sign-in";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

// next-auth v4 turns an error thrown from authorize into `?error=<message>`,
// which the sign-in page maps to a translated sentence.
export const SIGN_IN_ERRORS = {
  invalid: "invalid",
  rateLimited: "rate_limited",
} as const;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Staff account",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
        const result = await verifyStaffCredentials(getDb(), {
          ...parsed.data,
          ip: clientIp(request?.headers ?? {}),
        });
        if (!result.ok) {
          throw new Error(
            result.reason === "rate_limited"
              ? SIGN_IN_ERRORS.rateLimited
              : SIGN_IN_ERRORS.invalid,
          );
        }
        return {
          id: String(result.user.id),
          email: result.user.email,
          name: result.user.name,
          role: result.user.role,
        };
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      if (token.staffId) await endSessions(getDb(), token.staffId);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.staffId = Number(user.id);
        token.role = user.role;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.staffId = token.staffId;
      session.role = token.role;
      session.signedInAt = token.signedInAt;
      return session;
    },
  },
};
