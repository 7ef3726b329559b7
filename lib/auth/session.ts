import { and, eq, isNull } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { staffUsers, type StaffRole } from "@/db/schema";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import { isSessionCurrent } from "./sign-in";

export interface Actor {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
}

/**
 * Returns the signed-in staff member, read fresh from the database so that a
 * disabled account or a changed role takes effect on the next request, not
 * when the session cookie expires, and a sign-out ends copies of the cookie.
 * Cached per request.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.staffId) return null;
  const [user] = await getDb()
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
      sessionsValidAfter: staffUsers.sessionsValidAfter,
    })
    .from(staffUsers)
    .where(
      and(eq(staffUsers.id, session.staffId), isNull(staffUsers.disabledAt)),
    );
  if (!user) return null;
  // A session from before the account's last sign-out has ended.
  if (!isSessionCurrent(session.signedInAt, user.sessionsValidAfter)) {
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages: redirects to sign-in when signed out, or to /forbidden. */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  if (!can(actor.role, permission)) redirect(`/forbidden?need=${permission}`);
  return actor;
}
