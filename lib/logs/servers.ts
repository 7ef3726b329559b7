import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { servers } from "@/db/schema";

export interface ServerRef {
  id: number;
  name: string;
  timeZone: string;
}

/** Checks that `zone` is an IANA time zone that the runtime supports. */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function validateServerName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "the server name is empty";
  if (trimmed.length > 64)
    return "the server name is longer than 64 characters";
  return null;
}

/**
 * Returns the server called `name`, creating it with `timeZone` (else UTC)
 * when it does not exist. An existing server keeps its stored zone.
 */
export async function getOrCreateServer(
  db: Executor,
  name: string,
  timeZone?: string,
): Promise<ServerRef> {
  const problem = validateServerName(name);
  if (problem) throw new Error(`Invalid server name: ${problem}.`);
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    throw new Error(`Unknown time zone "${timeZone}".`);
  }
  const columns = {
    id: servers.id,
    name: servers.name,
    timeZone: servers.timeZone,
  };
  const trimmed = name.trim();
  // Two ingests creating the same server at once: the loser of the unique
  // index inserts nothing and reads the winner's row.
  const [created] = await db
    .insert(servers)
    .values({ name: trimmed, timeZone: timeZone ?? "UTC" })
    .onConflictDoNothing({ target: servers.name })
    .returning(columns);
  if (created) return created;
  const [existing] = await db
    .select(columns)
    .from(servers)
    .where(eq(servers.name, trimmed));
  if (!existing)
    throw new Error(`Server "${trimmed}" vanished while reading it.`);
  return existing;
}
