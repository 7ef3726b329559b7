import { Faker, base, en } from "@faker-js/faker";
import { ServerLog, SessionWriter, type LogEvent } from "./log-events";
import { scheduleSessions, type LogActor } from "./log-schedule";
import { STACK_TRACES, STOP_LINES, startupLines } from "./log-text";
import { EXCERPT_PLAYERS } from "./players";
import { ZoneClock, shiftDate } from "./zone-clock";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEMO_LOG_SERVERS = ["survival", "lobby"] as const;
export const DEMO_LOG_TIME_ZONE = "Europe/Paris";
export const DEMO_LOG_SEED = 711_2024;

export interface DemoLogPlayer {
  name: string;
  uuid: string;
  joinedAt: Date;
  lastSeenAt: Date | null;
  /** Force this player among the suspicious ones (e.g. banned lately). */
  suspicious?: boolean;
}

export interface GenerateLogsOptions {
  players: readonly DemoLogPlayer[];
  now: Date;
  seed?: number;
  /** Full days before today that the logs cover. */
  days?: number;
  timeZone?: string;
  /** The first one is the main server. */
  servers?: readonly string[];
  suspiciousCount?: number;
}

export interface DemoLogFile {
  server: string;
  /** "YYYY-MM-DD-N.log" for rotated files, "latest.log" for today's. */
  name: string;
  /** Server-local date of the file's first line. */
  date: string;
  text: string;
}

function actorsFor(
  f: Faker,
  players: readonly DemoLogPlayer[],
  windowStart: number,
  count: number,
) {
  const scripted = new Set(
    EXCERPT_PLAYERS.filter((player) => player.loginCodeTrouble).map(
      (player) => player.name,
    ),
  );
  const actors: LogActor[] = [...players]
    .filter((player) => player.lastSeenAt !== null)
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))
    .map((player) => ({
      name: player.name,
      uuid: player.uuid,
      joinedAt: player.joinedAt.getTime(),
      lastSeenAt: player.lastSeenAt!.getTime(),
      suspicious: player.suspicious === true,
      loginCodeTrouble: scripted.has(player.name),
      ips: Array.from({ length: f.number.int({ min: 1, max: 2 }) }, () => {
        const range = f.helpers.arrayElement([
          "192.0.2",
          "198.51.100",
          "203.0.113",
        ]);
        return `${range}.${f.number.int({ min: 1, max: 254 })}`;
      }),
      home: {
        x: f.number.int({ min: -6000, max: 6000 }),
        z: f.number.int({ min: -6000, max: 6000 }),
      },
    }));
  const excerpt = new Set(EXCERPT_PLAYERS.map((player) => player.name));
  const candidates = actors.filter(
    (actor) =>
      actor.lastSeenAt > windowStart + DAY &&
      !actor.suspicious &&
      !excerpt.has(actor.name),
  );
  const picked = f.helpers.shuffle(candidates);
  const missing = Math.max(
    0,
    count - actors.filter((actor) => actor.suspicious).length,
  );
  for (const actor of picked.slice(0, missing)) actor.suspicious = true;
  for (const actor of picked.slice(missing, missing + 3))
    actor.loginCodeTrouble = true;
  return actors;
}

/** Adds restarts, lag warnings, plugin errors and other lines of no player. */
function serverLines(
  f: Faker,
  log: ServerLog,
  restarts: number[],
  from: number,
  now: number,
) {
  for (const at of restarts) {
    log.add(at - MINUTE, "[AutoRestart] The server restarts in 1 minute!");
    STOP_LINES.forEach((text, n) =>
      log.add(at + Math.floor(n / 3) * SECOND, text),
    );
    let t = at + 8 * SECOND;
    startupLines(log.name, log.lobby ? 25566 : 25565).forEach((text, n) => {
      t += f.number.int({ min: 0, max: 900 });
      log.add(t, text);
      if (n === 7) {
        log.add(t, "**** SERVER IS RUNNING IN OFFLINE/INSECURE MODE!", "WARN");
        log.add(
          t,
          "The server will make no attempt to authenticate usernames. Beware.",
          "WARN",
        );
      }
    });
    const took =
      (t - at) / SECOND + f.number.float({ min: 2, max: 6, fractionDigits: 3 });
    log.add(
      at + Math.round(took * SECOND),
      `Done (${took.toFixed(3)}s)! For help, type "help"`,
    );
  }
  for (let hour = from; hour < now; hour += HOUR) {
    const at = () =>
      Math.min(now, hour + f.number.int({ min: 0, max: HOUR - 1 }));
    if (f.datatype.boolean({ probability: log.lobby ? 0.03 : 0.2 })) {
      const ms = f.number.int({ min: 2_050, max: 9_000 });
      log.add(
        at(),
        `Can't keep up! Is the server overloaded? Running ${ms}ms or ${Math.floor(ms / 50)} ticks behind`,
        "WARN",
      );
    }
    if (f.datatype.boolean({ probability: log.lobby ? 0.01 : 0.06 })) {
      log.add(at(), f.helpers.arrayElement(STACK_TRACES), "ERROR");
    }
    if (!log.lobby) {
      log.add(
        at(),
        `[ClearLag] Removed ${f.number.int({ min: 40, max: 900 })} entities`,
      );
    }
  }
}

function formatEvent(clock: ZoneClock, event: LogEvent): string {
  return `[${clock.wall(event.at).time}] [${event.thread}/${event.level}]: ${event.text}`;
}

/** Cuts a server's lines into files the way log4j rotates them. */
function rotate(
  log: ServerLog,
  clock: ZoneClock,
  cuts: number[],
  now: number,
): DemoLogFile[] {
  const events = log.sorted().filter((event) => event.at <= now);
  const bounds = [...cuts].sort((a, b) => a - b);
  const files: DemoLogFile[] = [];
  const perDate = new Map<string, number>();
  let index = 0;
  for (let segment = 0; segment <= bounds.length; segment += 1) {
    const limit = bounds[segment] ?? Infinity;
    const lines: string[] = [];
    let first: number | null = null;
    while (index < events.length && events[index]!.at < limit) {
      first ??= events[index]!.at;
      lines.push(formatEvent(clock, events[index]!));
      index += 1;
    }
    const latest = segment === bounds.length;
    if (first === null && !latest) continue;
    const date = clock.wall(first ?? now).date;
    const n = (perDate.get(date) ?? 0) + 1;
    perDate.set(date, n);
    files.push({
      server: log.name,
      name: latest ? "latest.log" : `${date}-${n}.log`,
      date,
      text: lines.length ? `${lines.join("\n")}\n` : "",
    });
  }
  return files;
}

/**
 * Generates vanilla/Paper logs for the demo players over the last `days`
 * days and today up to `now`: visits with their UUID, login, join, AuthMe,
 * commands, chat and leave lines, suspicious reconnect bursts, restarts,
 * lag warnings and stack traces. The same options give the same bytes.
 */
export function generateDemoLogs(options: GenerateLogsOptions): DemoLogFile[] {
  const f = new Faker({ locale: [en, base] });
  f.seed(options.seed ?? DEMO_LOG_SEED);
  const clock = new ZoneClock(options.timeZone ?? DEMO_LOG_TIME_ZONE);
  const servers = options.servers ?? DEMO_LOG_SERVERS;
  const now = options.now.getTime();
  const today = clock.wall(now).date;
  const days = options.days ?? 7;
  const windowStart = clock.instant(shiftDate(today, -days));
  const dates = Array.from({ length: days + 1 }, (_, n) =>
    shiftDate(today, n - days),
  );

  // Each server restarts daily around 05:00 local, a quarter of an hour
  // apart; the scheduler fires a little late by a varying amount. Distinct
  // delays keep the startup banners, which open a file, from being equal.
  const seconds = Array.from({ length: 180 }, (_, n) => n);
  const restarts = new Map(
    servers.map((server, n) => {
      const delays = f.helpers.arrayElements(seconds, dates.length);
      const times = dates.map((date, day) =>
        clock.instant(date, 5 * 3600 + n * 900 + delays[day]!),
      );
      return [server, times.filter((at) => at + 30 * SECOND < now)];
    }),
  );
  const actors = actorsFor(
    f,
    options.players,
    windowStart,
    options.suspiciousCount ?? 10,
  );
  const sessions = scheduleSessions(f, actors, {
    windowStart,
    servers,
    restarts,
  });

  const logs = new Map(
    servers.map((server, n) => [server, new ServerLog(server, n > 0, f)]),
  );
  const writer = new SessionWriter(
    f,
    actors
      .filter((actor) => actor.lastSeenAt > windowStart)
      .map((actor) => actor.name),
  );
  for (const session of sessions)
    writer[session.kind](logs.get(session.server)!, session);

  const midnights = dates.slice(1).map((date) => clock.instant(date));
  return servers.flatMap((server) => {
    const log = logs.get(server)!;
    const serverRestarts = restarts.get(server)!;
    serverLines(f, log, serverRestarts, windowStart, now);
    const cuts = [...midnights, ...serverRestarts.map((at) => at + 5 * SECOND)];
    return rotate(log, clock, cuts, now);
  });
}
