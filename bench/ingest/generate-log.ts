import {
  CHAT_LINES,
  DEATHS,
  QUIT_REASONS,
  STACK_TRACES,
  SURVIVAL_COMMANDS,
} from "@/lib/demo/log-text";
import { playerName, playerUuid } from "../lib/players";
import { Random } from "./random";

const PLAYERS = 2_000;

type Event =
  | "connect"
  | "leave"
  | "command"
  | "chat"
  | "death"
  | "wrongPassword"
  | "register"
  | "lag"
  | "clearLag"
  | "trace";

// Relative frequencies of a busy survival server. A connect writes 4 lines,
// a leave 2 and a stack trace 6 to 12.
const EVENTS: readonly (readonly [Event, number])[] = [
  ["connect", 4],
  ["leave", 4],
  ["command", 20],
  ["chat", 25],
  ["death", 2],
  ["wrongPassword", 0.5],
  ["register", 0.2],
  ["lag", 0.8],
  ["clearLag", 0.5],
  ["trace", 0.08],
];

const CHAT_THREAD = "Async Chat Thread - #0";

class LogWriter {
  readonly lines: string[] = [];
  private clock = 5_000;
  private entity = 20_000;
  private authenticator = 300;

  constructor(private readonly random: Random) {}

  tick() {
    this.clock += this.random.int(0, 1_800);
  }

  add(text: string, level = "INFO", thread = "Server thread") {
    const seconds = Math.floor(this.clock / 1000) % 86_400;
    const time = [seconds / 3600, (seconds / 60) % 60, seconds % 60]
      .map((part) => String(Math.floor(part)).padStart(2, "0"))
      .join(":");
    const [first, ...continuation] = text.split("\n");
    this.lines.push(
      `[${time}] [${thread}/${level}]: ${first}`,
      ...continuation,
    );
  }

  connect(name: string, n: number) {
    const r = this.random;
    this.authenticator += 1;
    this.add(
      `UUID of player ${name} is ${playerUuid(n)}`,
      "INFO",
      `User Authenticator #${this.authenticator}`,
    );
    this.entity += r.int(40, 4_000);
    const where = `([world]${r.int(-6000, 6000)}.5, ${r.int(12, 110)}.0, ${r.int(-6000, 6000)}.5)`;
    this.add(
      `${name}[/203.0.113.${r.int(1, 254)}:${r.int(1025, 65_535)}] logged in with entity id ${this.entity} at ${where}`,
    );
    this.add(`${name} joined the game`);
    this.add(`[AuthMe] ${name} logged in!`);
  }

  event(kind: Event) {
    const r = this.random;
    const n = 1 + Math.floor(PLAYERS * r.next() ** 2);
    const name = playerName(n);
    switch (kind) {
      case "connect":
        return this.connect(name, n);
      case "leave":
        this.add(`${name} lost connection: ${r.weighted(QUIT_REASONS)}`);
        return this.add(`${name} left the game`);
      case "command": {
        const command = r
          .weighted(SURVIVAL_COMMANDS)
          .replace("@", playerName(n + 1));
        return this.add(`${name} issued server command: ${command}`);
      }
      case "chat":
        return this.add(`<${name}> ${r.pick(CHAT_LINES)}`, "INFO", CHAT_THREAD);
      case "death":
        return this.add(`${name} ${r.pick(DEATHS)}`);
      case "wrongPassword":
        return this.add(`[AuthMe] ${name} used the wrong password`);
      case "register":
        return this.add(`[AuthMe] ${name} registered`);
      case "lag": {
        const ms = r.int(2_050, 9_000);
        return this.add(
          `Can't keep up! Is the server overloaded? Running ${ms}ms or ${Math.floor(ms / 50)} ticks behind`,
          "WARN",
        );
      }
      case "clearLag":
        return this.add(`[ClearLag] Removed ${r.int(40, 900)} entities`);
      case "trace":
        return this.add(r.pick(STACK_TRACES), "ERROR");
    }
  }
}

/**
 * Generates about `lines` lines (never fewer) of a vanilla/Paper log that
 * starts just after midnight. Its clock runs over several days.
 */
export function generateVanillaLog(lines: number, seed = 42): string {
  const writer = new LogWriter(new Random(seed));
  const random = new Random(seed + 1);
  while (writer.lines.length < lines) {
    writer.tick();
    writer.event(random.weighted(EVENTS));
  }
  return writer.lines.slice(0, lines).join("\n") + "\n";
}
