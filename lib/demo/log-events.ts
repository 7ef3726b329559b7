import type { Faker } from "@faker-js/faker";
import type { LogActor, Session } from "./log-schedule";
import {
  CHAT_LINES,
  DEATHS,
  LOBBY_COMMANDS,
  PROBE_COMMANDS,
  QUIT_REASONS,
  SMTP_FAILURES,
  SURVIVAL_COMMANDS,
} from "./log-text";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export type Level = "INFO" | "WARN" | "ERROR";

export interface LogEvent {
  at: number;
  /** Insertion order, to keep lines of the same instant in order. */
  seq: number;
  thread: string;
  level: Level;
  /** One line, or a record with continuation lines after "\n". */
  text: string;
}

/** The lines of one server, in any order until sorted. */
export class ServerLog {
  readonly events: LogEvent[] = [];
  private sequence = 0;
  private authenticator: number;
  private entity: number;

  constructor(
    readonly name: string,
    readonly lobby: boolean,
    private readonly f: Faker,
  ) {
    this.authenticator = f.number.int({ min: 200, max: 900 });
    this.entity = f.number.int({ min: 1_000, max: 50_000 });
  }

  add(
    at: number,
    text: string,
    level: Level = "INFO",
    thread = "Server thread",
  ) {
    this.events.push({ at, seq: this.sequence++, thread, level, text });
  }

  nextAuthenticator(): number {
    this.authenticator += 1;
    return this.authenticator;
  }

  nextEntity(): number {
    this.entity += this.f.number.int({ min: 40, max: 4_000 });
    return this.entity;
  }

  sorted(): LogEvent[] {
    return [...this.events].sort((a, b) => a.at - b.at || a.seq - b.seq);
  }
}

/** Formats a coordinate the way Java prints doubles: 64.0, -1741.547. */
function coordinate(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded);
}

function weighted(f: Faker, items: readonly [string, number][]): string {
  return f.helpers.weightedArrayElement(
    items.map(([value, weight]) => ({ value, weight })),
  );
}

/** Writes the lines of each kind of visit into a server's log. */
export class SessionWriter {
  constructor(
    private readonly f: Faker,
    private readonly names: readonly string[],
  ) {}

  private other(actor: LogActor): string {
    const name = this.f.helpers.arrayElement(this.names);
    return name === actor.name ? "Steve" : name;
  }

  private ip(actor: LogActor, fresh = false): string {
    if (!fresh) return this.f.helpers.arrayElement(actor.ips);
    const range = this.f.helpers.arrayElement([
      "192.0.2",
      "198.51.100",
      "203.0.113",
    ]);
    return `${range}.${this.f.number.int({ min: 1, max: 254 })}`;
  }

  private position(log: ServerLog, actor: LogActor): string {
    const f = this.f;
    if (log.lobby) {
      const x = 0.5 + f.number.float({ min: -3, max: 3, fractionDigits: 3 });
      const z = 0.5 + f.number.float({ min: -3, max: 3, fractionDigits: 3 });
      return `([lobby]${coordinate(x)}, 65.0, ${coordinate(z)})`;
    }
    const world = f.helpers.weightedArrayElement([
      { weight: 85, value: "world" },
      { weight: 10, value: "world_nether" },
      { weight: 5, value: "world_the_end" },
    ]);
    const scale = world === "world_nether" ? 1 / 8 : 1;
    const x = (actor.home.x + f.number.float({ min: -300, max: 300 })) * scale;
    const z = (actor.home.z + f.number.float({ min: -300, max: 300 })) * scale;
    const y =
      f.number.int({ min: 12, max: 110 }) +
      (f.datatype.boolean({ probability: 0.1 }) ? 0.5 : 0);
    return `([${world}]${coordinate(x)}, ${coordinate(y)}, ${coordinate(z)})`;
  }

  /** Writes the UUID, login and join lines of a connection. */
  private connect(
    log: ServerLog,
    actor: LogActor,
    at: number,
    freshIp = false,
  ) {
    const port = this.f.number.int({ min: 1025, max: 65_535 });
    log.add(
      at,
      `UUID of player ${actor.name} is ${actor.uuid}`,
      "INFO",
      `User Authenticator #${log.nextAuthenticator()}`,
    );
    log.add(
      at,
      `${actor.name}[/${this.ip(actor, freshIp)}:${port}] logged in with entity id ${log.nextEntity()} at ${this.position(log, actor)}`,
    );
    log.add(at, `${actor.name} joined the game`);
  }

  private disconnect(
    log: ServerLog,
    actor: LogActor,
    at: number,
    reason: string,
  ) {
    log.add(at, `${actor.name} lost connection: ${reason}`);
    log.add(at, `${actor.name} left the game`);
  }

  play(log: ServerLog, session: Session) {
    const f = this.f;
    const { actor, start, end } = session;
    this.connect(log, actor, start);
    let authAt = Math.min(
      end,
      start + f.number.int({ min: 3, max: 20 }) * SECOND,
    );
    if (session.registers) {
      log.add(authAt, `[AuthMe] ${actor.name} registered`);
    } else {
      if (f.datatype.boolean({ probability: 0.05 })) {
        log.add(authAt, `[AuthMe] ${actor.name} used the wrong password`);
        authAt = Math.min(
          end,
          authAt + f.number.int({ min: 4, max: 15 }) * SECOND,
        );
      }
      log.add(authAt, `[AuthMe] ${actor.name} logged in!`);
    }
    this.body(log, session, authAt);
    const reason = session.kicked ? "Server closed" : weighted(f, QUIT_REASONS);
    this.disconnect(log, actor, end, reason);
  }

  /** Writes commands, chat and deaths between authentication and leaving. */
  private body(log: ServerLog, session: Session, from: number) {
    const f = this.f;
    const { actor } = session;
    const to = session.end - 2 * SECOND;
    if (to - from < 20 * SECOND) return;
    const minutes = (to - from) / MINUTE;
    const count = (perMinute: number) =>
      Math.max(
        0,
        Math.round(
          minutes * perMinute * f.number.float({ min: 0.5, max: 1.5 }),
        ),
      );
    const when = () => f.number.int({ min: from + SECOND, max: to });

    const commands = log.lobby ? LOBBY_COMMANDS : SURVIVAL_COMMANDS;
    for (let n = count(log.lobby ? 0.25 : 0.18); n > 0; n -= 1) {
      const command = weighted(f, commands).replace("@", this.other(actor));
      log.add(when(), `${actor.name} issued server command: ${command}`);
    }

    // The proxy moves the player on: the lobby visit ends right after.
    if (
      log.lobby &&
      !session.kicked &&
      f.datatype.boolean({ probability: 0.6 })
    ) {
      log.add(to, `${actor.name} issued server command: /server survival`);
    }

    for (let n = count(log.lobby ? 0.1 : 0.27); n > 0; n -= 1) {
      log.add(
        when(),
        `<${actor.name}> ${f.helpers.arrayElement(CHAT_LINES)}`,
        "INFO",
        "Async Chat Thread - #0",
      );
    }

    if (!log.lobby) {
      for (let n = count(1 / 45); n > 0; n -= 1) {
        log.add(when(), `${actor.name} ${f.helpers.arrayElement(DEATHS)}`);
      }
    }

    if (actor.suspicious) {
      for (let n = f.number.int({ min: 2, max: 5 }); n > 0; n -= 1) {
        const command = f.helpers
          .arrayElement(PROBE_COMMANDS)
          .replace("@self", actor.name);
        log.add(when(), `${actor.name} issued server command: ${command}`);
      }
    }
  }

  /** Writes rapid reconnects from changing addresses, with wrong passwords. */
  burst(log: ServerLog, session: Session) {
    const f = this.f;
    const { actor } = session;
    for (let at = session.start; at < session.end;) {
      this.connect(log, actor, at, f.datatype.boolean({ probability: 0.6 }));
      let t = at;
      for (
        let n = f.helpers.weightedArrayElement([
          { weight: 4, value: 0 },
          { weight: 3, value: 1 },
          { weight: 2, value: 2 },
          { weight: 1, value: 3 },
        ]);
        n > 0;
        n -= 1
      ) {
        t += f.number.int({ min: 2, max: 5 }) * SECOND;
        log.add(t, `[AuthMe] ${actor.name} used the wrong password`);
      }
      t += f.number.int({ min: 1, max: 6 }) * SECOND;
      this.disconnect(
        log,
        actor,
        t,
        f.datatype.boolean({ probability: 0.8 }) ? "Disconnected" : "Timed out",
      );
      at = t + f.number.int({ min: 2, max: 15 }) * SECOND;
    }
  }

  /** Writes attempts that stop at the login code the auth plugin could not mail. */
  loginCode(log: ServerLog, session: Session) {
    const f = this.f;
    const { actor } = session;
    const attempts = f.number.int({ min: 2, max: 3 });
    const step = (session.end - session.start) / attempts;
    for (let n = 0; n < attempts; n += 1) {
      const at = Math.round(session.start + n * step);
      this.connect(log, actor, at);
      const code = String(f.number.int({ min: 0, max: 999_999 })).padStart(
        6,
        "0",
      );
      log.add(
        at + 2 * SECOND,
        `[AuthMe] ${actor.name} failed to log in: login code ${code} could not be mailed (${f.helpers.arrayElement(SMTP_FAILURES)})`,
        "WARN",
      );
      const leave =
        n === attempts - 1 ? session.end : at + Math.round(step * 0.7);
      this.disconnect(log, actor, leave, "Disconnected");
    }
  }
}
