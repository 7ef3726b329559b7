import type { Faker } from "@faker-js/faker";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export interface LogActor {
  name: string;
  uuid: string;
  joinedAt: number;
  lastSeenAt: number;
  /** Reconnects in bursts, guesses passwords and probes commands. */
  suspicious: boolean;
  /** Latest visits end waiting for a login code that never arrives. */
  loginCodeTrouble: boolean;
  ips: string[];
  home: { x: number; z: number };
}

export interface Session {
  server: string;
  actor: LogActor;
  kind: "play" | "burst" | "loginCode";
  start: number;
  end: number;
  /** First visit ever: AuthMe registers the player. */
  registers: boolean;
  /** Ended by a server restart. */
  kicked: boolean;
}

export interface ScheduleOptions {
  windowStart: number;
  servers: readonly string[];
  /** Restart instants per server. */
  restarts: ReadonlyMap<string, readonly number[]>;
}

function between(f: Faker, from: number, to: number): number {
  return to <= from
    ? from
    : from + f.number.int({ min: 0, max: Math.round(to - from) });
}

function pickServer(f: Faker, servers: readonly string[]): string {
  if (servers.length === 1) return servers[0]!;
  // The first server is the main one; players spend most time there.
  return f.datatype.boolean({ probability: 0.7 })
    ? servers[0]!
    : f.helpers.arrayElement(servers.slice(1));
}

/**
 * Places one player's visits in the window, walking back from the last time
 * the player was seen: each visit, then a gap that depends on how active the
 * player is. Suspicious players get a burst of reconnects before some
 * visits; players with login-code trouble end with failed attempts.
 */
function actorSessions(
  f: Faker,
  actor: LogActor,
  options: ScheduleOptions,
): Session[] {
  const sessions: Session[] = [];
  const gap = f.helpers.weightedArrayElement([
    { weight: 30, value: [2 * HOUR, 10 * HOUR] },
    { weight: 45, value: [10 * HOUR, 36 * HOUR] },
    { weight: 25, value: [36 * HOUR, 96 * HOUR] },
  ]);
  const floor = Math.max(options.windowStart, actor.joinedAt);
  let end = actor.lastSeenAt;
  for (let n = 0; end > floor + 20 * SECOND; n += 1) {
    const server = pickServer(f, options.servers);
    const lobby = server !== options.servers[0];
    let kind: Session["kind"] = "play";
    let duration = lobby
      ? between(f, MINUTE, 12 * MINUTE)
      : 4 * MINUTE +
        Math.pow(f.number.float({ min: 0, max: 1 }), 2) * 170 * MINUTE;
    if (actor.loginCodeTrouble && n === 0) {
      kind = "loginCode";
      duration = between(f, 6 * MINUTE, 14 * MINUTE);
    }
    let start = end - duration;
    if (start <= floor) {
      if (actor.joinedAt >= options.windowStart) start = actor.joinedAt;
      else if (sessions.length === 0)
        start = between(f, floor, end - 20 * SECOND);
      else break;
    }
    const registers = start === actor.joinedAt && kind === "play";
    sessions.push({
      server,
      actor,
      kind,
      start,
      end,
      registers,
      kicked: false,
    });
    let before = start;
    if (
      actor.suspicious &&
      !registers &&
      (n === 0 || f.datatype.boolean({ probability: 0.3 }))
    ) {
      const burstEnd = before - between(f, 10 * SECOND, 40 * SECOND);
      const burstStart = burstEnd - between(f, 2 * MINUTE, 6 * MINUTE);
      if (burstStart > floor) {
        sessions.push({
          server,
          actor,
          kind: "burst",
          start: burstStart,
          end: burstEnd,
          registers: false,
          kicked: false,
        });
        before = burstStart;
      }
    }
    if (start <= floor) break;
    end = before - between(f, gap[0]!, gap[1]!);
  }
  return sessions;
}

/** Splits a visit that spans a restart: kicked before it, back after it. */
function splitAtRestarts(
  f: Faker,
  session: Session,
  restarts: readonly number[],
): Session[] {
  if (session.kind !== "play") return [session];
  const restart = restarts.find(
    (at) => session.start < at + 2 * MINUTE && session.end > at,
  );
  if (restart === undefined) return [session];
  const parts: Session[] = [];
  if (session.start < restart - 10 * SECOND) {
    parts.push({ ...session, end: restart + SECOND, kicked: true });
  }
  const back = restart + between(f, 70 * SECOND, 4 * MINUTE);
  if (session.end > back + MINUTE) {
    parts.push({ ...session, start: back, registers: false });
  }
  return parts;
}

export function scheduleSessions(
  f: Faker,
  actors: readonly LogActor[],
  options: ScheduleOptions,
): Session[] {
  const sessions: Session[] = [];
  for (const actor of actors) {
    if (actor.lastSeenAt <= options.windowStart) continue;
    const own: Session[] = [];
    for (const session of actorSessions(f, actor, options)) {
      own.push(
        ...splitAtRestarts(
          f,
          session,
          options.restarts.get(session.server) ?? [],
        ),
      );
    }
    // Every player seen in the window leaves some lines, even one whose last
    // visit was only seconds long or fell on a restart.
    if (own.length === 0) {
      own.push({
        server: options.servers[0]!,
        actor,
        kind: "play",
        start: Math.max(actor.lastSeenAt - 2 * MINUTE, options.windowStart),
        end: actor.lastSeenAt,
        registers: false,
        kicked: false,
      });
    }
    sessions.push(...own);
  }
  return sessions.sort(
    (a, b) => a.start - b.start || a.actor.name.localeCompare(b.actor.name),
  );
}
