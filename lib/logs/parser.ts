import { isIP } from "node:net";

import { normaliseLevel, type LogKind, type LogLevel } from "./kinds";
import { splitText, type Line } from "./lines";
import { isValidDate } from "./timestamps";

export interface ParsedRecord {
  /** First line of the record (1-based). */
  lineNumber: number;
  lineCount: number;
  /** Byte offset of the record's first character. */
  startOffset: number;
  /** Byte offset just past the record's last line (or its part of a line). */
  endOffset: number;
  /** The original lines joined with "\n", colour codes kept. */
  raw: string;
  /** "YYYY-MM-DD", only when the line itself carries a date. */
  date: string | null;
  /**
   * "HH:MM:SS" or "HH:MM:SS.mmm" as written. A line without a time gets the
   * time of the record before it.
   */
  time: string | null;
  /** True when time was copied from the previous record. */
  timeInherited: boolean;
  thread: string | null;
  level: LogLevel | null;
  /** Logger from the prefix, else the plugin tag opening the message. */
  logger: string | null;
  kind: LogKind;
  /** A valid Minecraft name (1-16 of [A-Za-z0-9_]) or null. */
  player: string | null;
  playerUuid: string | null;
  /** Null when absent or masked ("***", "<censored>", "local", ...). */
  ip: string | null;
  port: number | null;
  entityId: number | null;
  world: string | null;
  /** Null when absent, ambiguous or not finite. */
  x: number | null;
  y: number | null;
  z: number | null;
  /** Command with its leading slash, for command records. */
  command: string | null;
  /**
   * Body after the prefix with ANSI and § colour codes stripped and trailing
   * whitespace trimmed; continuation lines follow after "\n".
   */
  message: string;
}

/** Date and time that a parser resuming in the middle of a file inherits. */
export interface ParserState {
  date: string | null;
  time: string | null;
}

// ---------------------------------------------------------------------------
// Prefixes
// ---------------------------------------------------------------------------

type Family = "bracket" | "console" | "dated" | "authme";

/** A record prefix found in a line, and where the record's text lies. */
interface Head {
  family: Family;
  /** Index in the line where this record's raw text starts. */
  start: number;
  bodyStart: number;
  bodyEnd: number;
  date: string | null;
  time: string | null;
  thread: string | null;
  level: LogLevel | null;
  logger: string | null;
  /** Geyser wraps every message in braces. */
  braced: boolean;
}

const TIME = String.raw`(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?)`;

// Sticky patterns, applied at the first non-blank character of a line. The
// opening bracket is optional because damaged logs lose it. The thread ends
// at the last "/" before "]", since thread names may contain "/" themselves.
// Runs of spaces never overlap a neighbouring group, which keeps matching
// linear.
// Groups: debug.log date, time, thread, its level or a level alone,
// [logger], (logger).
const BRACKET_PREFIX = new RegExp(
  String.raw`\[? *(?:(\d{2}[A-Za-z]{3}\d{4}) )?${TIME} *\] ` +
    String.raw`\[ *(?:([^\]/\s][^\]]*)\/([^/\]\s]*)|([^/\]\s]+)) *\]` +
    String.raw`(?: \[([^\]]*)\])?(?:: *| \(([^)]*)\) ?|$)`,
  "y",
);
// Groups: time, level, logger.
const CONSOLE_PREFIX = new RegExp(
  String.raw`\[? *${TIME} +([^\s\]\d:][^\s\]]*) *\](?: \[([^\]]*)\])?: *`,
  "y",
);
// pre-1.7 server.log, Pumpkin, Geyser and Nukkit. Groups: date, time,
// Geyser thread and level, bracketed level and thread id, bare thread, level.
const DATED_PREFIX = new RegExp(
  String.raw`(\d{4}-\d{2}-\d{2})[ T]${TIME}Z? +` +
    String.raw`(?:\[([^\]]*)\] ([A-Za-z]+) - ?|\[([A-Za-z]+)\]:? *(?:\((\d+)\) +)?|([^\s[\]]+) ([A-Z]+) +)`,
  "y",
);
// AuthMe's own authme.log: "[MM-dd HH:mm:ss]: [FINE] message".
const AUTHME_PREFIX = new RegExp(
  String.raw`\[\d{2}-\d{2} ${TIME}\]: *(?:\[([A-Z]+)\] )?`,
  "y",
);
// A damaged line that lost its time: "[Server thread/INFO]: message".
const FRAGMENT_PREFIX =
  /\[ *([^\]/\s][^\]]*)\/([^/\]\s]+) *\](?: \[([^\]]*)\])?: */y;
// A damaged line that contains only a time: "[00:04:52]" or "00:04:52]".
const TIME_ONLY = new RegExp(
  String.raw`\[?(?:(\d{2}[A-Za-z]{3}\d{4}) )?${TIME}\]\s*$`,
  "y",
);
// A second prefix glued into the middle of a line by damage.
const EMBEDDED_PREFIX: Partial<Record<Family, RegExp>> = {
  bracket: new RegExp(
    String.raw` \[?(?:\d{2}[A-Za-z]{3}\d{4} )?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})? *\] \[[^\]]*\/[^/\]\s]+\]`,
    "g",
  ),
  console: new RegExp(
    String.raw` \[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})? +[A-Za-z]+\](?: \[[^\]]*\])?:`,
    "g",
  ),
};

const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

function debugLogDate(text: string | undefined): string | null {
  if (!text) return null;
  const month = MONTHS.indexOf(text.slice(2, 5)) / 3 + 1;
  if (!Number.isInteger(month) || month < 1) return null;
  const date = `${text.slice(5)}-${String(month).padStart(2, "0")}-${text.slice(0, 2)}`;
  return isValidDate(date) ? date : null;
}

function isoDate(text: string): string | null {
  return isValidDate(text) ? text : null;
}

function normaliseTime(text: string): string {
  return text.replace(",", ".");
}

/**
 * Returns the logger of "logger/MARKER". A suffix that is not upper case is
 * part of the name, as in Forge's "minecraft/PlayerList".
 */
function loggerName(text: string | undefined): string | null {
  const name = text?.trim();
  if (!name) return null;
  const slash = name.lastIndexOf("/");
  if (slash < 0) return name;
  const marker = name.slice(slash + 1);
  if (marker !== "" && !/^[A-Z_]+$/.test(marker)) return name;
  return name.slice(0, slash) || null;
}

function emptyHead(family: Family, start: number, bodyStart: number): Head {
  return {
    family,
    start,
    bodyStart,
    bodyEnd: bodyStart,
    date: null,
    time: null,
    thread: null,
    level: null,
    logger: null,
    braced: false,
  };
}

function matchAt(pattern: RegExp, text: string, at: number) {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Returns a capture group that the pattern always fills. */
function group(match: RegExpExecArray, index: number): string {
  return match[index] ?? "";
}

function parseBracketPrefix(text: string, at: number): Head | null {
  const match = matchAt(BRACKET_PREFIX, text, at);
  if (!match) return null;
  const head = emptyHead("bracket", at, at + match[0].length);
  head.date = debugLogDate(match[1]);
  head.time = normaliseTime(group(match, 2));
  head.thread = match[3]?.trim() || null;
  head.level = normaliseLevel(match[4] ?? group(match, 5));
  head.logger = loggerName(match[6] ?? match[7]);
  return head;
}

function parseConsolePrefix(text: string, at: number): Head | null {
  const match = matchAt(CONSOLE_PREFIX, text, at);
  if (!match) return null;
  const head = emptyHead("console", at, at + match[0].length);
  head.time = normaliseTime(group(match, 1));
  head.level = normaliseLevel(group(match, 2));
  head.logger = loggerName(match[3]);
  return head;
}

function parseDatedPrefix(text: string, at: number): Head | null {
  const match = matchAt(DATED_PREFIX, text, at);
  if (!match) return null;
  const level = normaliseLevel(match[4] ?? match[5] ?? group(match, 8));
  // A bare "thread LEVEL" pair is only trusted with a known level.
  if (match[8] !== undefined && level === null) return null;
  const head = emptyHead("dated", at, at + match[0].length);
  head.date = isoDate(group(match, 1));
  head.time = normaliseTime(group(match, 2)).replace(/(\.\d{3})\d+$/, "$1");
  head.thread = match[3] ?? match[6] ?? match[7] ?? null;
  head.level = level;
  head.braced = match[4] !== undefined;
  return head;
}

function parseAuthMePrefix(text: string, at: number): Head | null {
  const match = matchAt(AUTHME_PREFIX, text, at);
  if (!match) return null;
  const head = emptyHead("authme", at, at + match[0].length);
  head.time = group(match, 1);
  head.level = match[2] ? normaliseLevel(match[2]) : null;
  head.logger = "AuthMe";
  return head;
}

function parsePrefix(text: string, at: number): Head | null {
  const first = text.charCodeAt(at);
  const isDigit = first >= 0x30 && first <= 0x39;
  if (first !== 0x5b /* [ */ && !isDigit) return null;
  return (
    parseBracketPrefix(text, at) ??
    parseConsolePrefix(text, at) ??
    (isDigit ? parseDatedPrefix(text, at) : parseAuthMePrefix(text, at))
  );
}

function parseFragmentPrefix(text: string, at: number): Head | null {
  const match = matchAt(FRAGMENT_PREFIX, text, at);
  if (!match) return null;
  const level = normaliseLevel(group(match, 2));
  const thread = group(match, 1).trim();
  if (level === null || thread === "") return null;
  const head = emptyHead("bracket", at, at + match[0].length);
  head.thread = thread;
  head.level = level;
  head.logger = loggerName(match[3]);
  return head;
}

/** Finds a full prefix of the same family inside a body, after a space. */
function findEmbeddedPrefix(text: string, from: number, family: Family) {
  const pattern = EMBEDDED_PREFIX[family];
  if (!pattern) return null;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const head = parsePrefix(text, match.index + 1);
    if (head && head.family === family && head.level !== null) return head;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** Cuts a line into one head per record, the first one starting at 0. */
function splitRecords(text: string, first: Head): Head[] {
  first.start = 0;
  const heads = [first];
  let current = first;
  let next = findEmbeddedPrefix(text, current.bodyStart, current.family);
  while (next) {
    current.bodyEnd = next.start;
    heads.push(next);
    current = next;
    next = findEmbeddedPrefix(text, current.bodyStart, current.family);
  }
  current.bodyEnd = text.length;
  return heads;
}

// ---------------------------------------------------------------------------
// Line shapes
// ---------------------------------------------------------------------------

type LineShape =
  | { type: "records"; heads: Head[] }
  | { type: "fragment"; heads: Head[] }
  | { type: "time"; date: string | null; time: string }
  | { type: "continuation" }
  | { type: "unknown" };

const STACK_LINE =
  /^(?:at |Caused by:|Suppressed:|\.\.\. \d+ (?:more|common frames omitted)|>|Exception in thread )/;
const EXCEPTION_HEADER = /^(?:[a-z_$][\w$]*\.)+[A-Z_$][\w$]*(?::\s|:?$)/;
// Indented text that contains a damaged record rather than a continuation.
const DAMAGE_MARK =
  /\d{2}:\d{2}:\d{2}\]|\/[A-Za-z]{1,7}\]:|issued server command: | lost connection: | logged in with entity id |UUID of player | joined the game| left the game|\[AuthMe\] /;

function leadingBlanks(text: string): number {
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) break;
    index += 1;
  }
  return index;
}

function analyseLine(text: string): LineShape {
  const lead = leadingBlanks(text);
  const head = parsePrefix(text, lead);
  if (head) return { type: "records", heads: splitRecords(text, head) };

  const time = matchAt(TIME_ONLY, text, lead);
  if (time) {
    return {
      type: "time",
      date: debugLogDate(time[1]),
      time: normaliseTime(group(time, 2)),
    };
  }

  const fragment = parseFragmentPrefix(text, lead);
  if (fragment) {
    return { type: "fragment", heads: splitRecords(text, fragment) };
  }

  return { type: isContinuation(text, lead) ? "continuation" : "unknown" };
}

// Stack frames, "Caused by:", "... N more", ">" lines, blank lines and
// indented text join the record above, unless the indented text is a record
// broken by damage.
function isContinuation(text: string, lead: number): boolean {
  if (lead === text.length) return true;
  const rest = lead === 0 ? text : text.slice(lead);
  if (STACK_LINE.test(rest) || EXCEPTION_HEADER.test(rest)) return true;
  return lead > 0 && !DAMAGE_MARK.test(rest);
}

// ---------------------------------------------------------------------------
// Message text
// ---------------------------------------------------------------------------

const ESC = "\u001b";
const ANSI_SEQUENCE = new RegExp(
  `${ESC}\\[[0-?]*[ -/]*[@-~]|${ESC}[@-Z\\\\-_]`,
  "g",
);
const SECTION_CODE = /§[0-9a-fk-orx]/gi;

function stripAnsi(text: string): string {
  return text.includes(ESC) ? text.replace(ANSI_SEQUENCE, "") : text;
}

function stripSectionCodes(text: string): string {
  return text.includes("§") ? text.replace(SECTION_CODE, "") : text;
}

/** Removes ANSI escape sequences and § colour codes. */
export function stripColour(text: string): string {
  return stripSectionCodes(stripAnsi(text));
}

interface Body {
  message: string;
  /**
   * The body without ANSI codes but with § codes. Plugin loggers write their
   * "[Name]" tag plainly, while a tag with § codes is a chat rank prefix.
   */
  tagText: string;
}

function headBody(text: string, head: Head): Body {
  const tagText = stripAnsi(text.slice(head.bodyStart, head.bodyEnd)).trimEnd();
  let message = stripSectionCodes(tagText);
  if (head.braced && message.startsWith("{") && message.endsWith("}")) {
    message = message.slice(1, -1);
  }
  return { message, tagText };
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

interface Facts {
  kind: LogKind;
  player: string | null;
  playerUuid: string | null;
  ip: string | null;
  port: number | null;
  entityId: number | null;
  world: string | null;
  x: number | null;
  y: number | null;
  z: number | null;
  command: string | null;
  /** Plugin tag that opens the message, such as "AuthMe". */
  logger: string | null;
}

const PLAYER_NAME = /^[A-Za-z0-9_]{1,16}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validName(name: string | undefined): string | null {
  return name !== undefined && PLAYER_NAME.test(name) ? name : null;
}

function facts(kind: LogKind, player: string | null = null): Facts {
  return {
    kind,
    player,
    playerUuid: null,
    ip: null,
    port: null,
    entityId: null,
    world: null,
    x: null,
    y: null,
    z: null,
    command: null,
    logger: null,
  };
}

// "[world]<Alex> hi" is Spigot's per-world chat. "[Not Secure]" marks an
// unsigned chat message since 1.19.1.
const CHAT = /^(?:\[Not Secure\] )?(?:\[([^\]\s]+)\])?<([^<>]*)> /;
// "[Steve: Saved the game]": feedback of a command run by a player.
const COMMAND_FEEDBACK = /^\[([^\s:[\]]+): .*\]$/;
const CONSOLE_SOURCES = new Set(["Server", "Rcon"]);
// "[AuthMe] ...", "[Progressive Bosses] ...", "[MassiveCore 2.13.0] ...".
const PLUGIN_TAG =
  /^\[([A-Za-z][\w.-]*(?: [A-Z][\w.-]*)*)(?: v?\d[\w.+-]*)?\](?: |$)/;

function classifyMessage({ message, tagText }: Body): Facts {
  const first = message[0];
  const bracketed =
    first === "<" || first === "[" ? classifyBracketed(message, tagText) : null;
  return (
    bracketed ??
    classifyLogin(message) ??
    classifyUuid(message) ??
    classifyPlayerEvent(message) ??
    facts("other")
  );
}

function classifyBracketed(message: string, tagText: string): Facts | null {
  const chat = CHAT.exec(message);
  if (chat) {
    const result = facts("chat", validName(chat[2]));
    result.world = chat[1] ?? null;
    return result;
  }
  const feedback = COMMAND_FEEDBACK.exec(message);
  if (feedback) {
    const name = group(feedback, 1);
    return facts("other", CONSOLE_SOURCES.has(name) ? null : validName(name));
  }
  return classifyProxyEvent(message) ?? classifyPluginMessage(message, tagText);
}

function classifyPluginMessage(message: string, tagText: string): Facts | null {
  // The tag contains no § code, so the message starts with the same text.
  const tag = PLUGIN_TAG.exec(tagText);
  const name = tag?.[1];
  if (!tag || !name || name === "Not Secure") return null;
  const rest = message.slice(tag[0].length);
  const result =
    name.toLowerCase() === "authme" ? classifyAuthMe(rest) : facts("other");
  result.logger = name;
  return result;
}

const AUTH_LOGIN = /^logged in(?:!|$)/;
const AUTH_REGISTER = /^registered(?:!|$|\.| )/;
const AUTH_FAILED = /wrong password|incorrect password|failed to log ?in/i;

/** Reads "X logged in!", "X registered", "X used the wrong password". */
function classifyAuthMe(text: string): Facts {
  const body = text.replace(/^\[[A-Z]+\] /, "");
  const space = body.indexOf(" ");
  const name = validName(body.slice(0, space));
  if (space <= 0 || name === null) return facts("other");
  const rest = body.slice(space + 1);
  if (AUTH_LOGIN.test(rest)) return facts("auth_login", name);
  if (AUTH_REGISTER.test(rest)) return facts("auth_register", name);
  if (AUTH_FAILED.test(rest)) return facts("auth_failed", name);
  return facts("other");
}

const UUID_LINE = /^UUID of player (\S+) is (\S+)$/;

function classifyUuid(message: string): Facts | null {
  const match = UUID_LINE.exec(message);
  if (!match) return null;
  const result = facts("uuid", validName(match[1]));
  const uuid = group(match, 2);
  result.playerUuid = UUID.test(uuid) ? uuid.toLowerCase() : null;
  return result;
}

const LOGIN_MARK = " logged in with entity id ";

// "Steve[/127.0.0.1:9864] logged in with entity id 131 at ([world]1.5, 64.0, -3.5)"
function classifyLogin(message: string): Facts | null {
  const mark = message.indexOf(LOGIN_MARK);
  if (mark <= 0 || !message.endsWith("]", mark)) return null;
  const open = message.indexOf("[");
  if (open <= 0 || open > mark) return null;

  const result = facts("join", validName(message.slice(0, open)));
  const address = parseAddress(message.slice(open + 1, mark - 1));
  result.ip = address.ip;
  result.port = address.port;

  const tail = message.slice(mark + LOGIN_MARK.length);
  const at = tail.indexOf(" at ");
  result.entityId = parseEntityId(at < 0 ? tail : tail.slice(0, at));
  if (at >= 0) Object.assign(result, parsePosition(tail.slice(at + 4)));
  return result;
}

/** Reads "/1.2.3.4:5", "/[2001:db8::1]:5" or a mask such as "/***". */
export function parseAddress(text: string): {
  ip: string | null;
  port: number | null;
} {
  const address = text.trim().replace(/^\//, "");
  let host = address;
  let portText = "";
  if (address.startsWith("[")) {
    const close = address.indexOf("]");
    host = address.slice(1, close < 0 ? undefined : close);
    if (close >= 0 && address[close + 1] === ":") {
      portText = address.slice(close + 2);
    }
  } else if (address.indexOf(":") === address.lastIndexOf(":")) {
    const colon = address.indexOf(":");
    if (colon >= 0) {
      host = address.slice(0, colon);
      portText = address.slice(colon + 1);
    }
  }
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : null;
  return {
    ip: isIP(host) ? host : null,
    port: port !== null && port <= 65535 ? port : null,
  };
}

function parseEntityId(text: string): number | null {
  const id = text.trim();
  // Some hybrids format the id with the locale's grouping: "1.174".
  const digits = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(id)
    ? id.replace(/\D/g, "")
    : id;
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

const COORDINATE = /^[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$/;

/**
 * Reads "(x, y, z)" or "([world]x, y, z)". Locales with a decimal comma give
 * "(-55,5, 76, -182,5)", so ", " separates values when it yields three;
 * anything else ambiguous gives null coordinates.
 */
export function parsePosition(text: string): {
  world: string | null;
  x: number | null;
  y: number | null;
  z: number | null;
} {
  const none = { world: null, x: null, y: null, z: null };
  const match = /^\((?:\[([^\]]*)\] ?)?(.*)\)$/.exec(text.trim());
  if (!match) return none;
  const world = match[1] || null;
  const values = group(match, 2);
  let parts = values.split(", ");
  if (parts.length !== 3) parts = values.split(",");
  if (parts.length !== 3) return { ...none, world };
  const [x, y, z] = parts.map(parseCoordinate);
  return { world, x: x ?? null, y: y ?? null, z: z ?? null };
}

function parseCoordinate(text: string): number | null {
  const value = text.trim();
  if (!COORDINATE.test(value)) return null;
  const number = Number(value.replace(",", "."));
  return Number.isFinite(number) ? number : null;
}

const PROXY_PLAYER = /^\[connected player\] (\S+) \(([^)]*)\)(.*)$/;
const PROXY_SERVER = /^\[server connection\] (\S+) -> /;

// Velocity: "[connected player] Steve (/1.2.3.4:5) has connected".
function classifyProxyEvent(message: string): Facts | null {
  const server = PROXY_SERVER.exec(message);
  if (server) return facts("other", validName(server[1]));
  const match = PROXY_PLAYER.exec(message);
  if (!match) return null;
  const rest = group(match, 3);
  let result: Facts;
  if (rest === " has connected") {
    result = facts("join", validName(match[1]));
  } else if (/^ has disconnected(?::|$)/.test(rest)) {
    result = facts("leave", validName(match[1]));
  } else if (rest.startsWith(" -> executed command ")) {
    result = facts("command", validName(match[1]));
    result.command = rest.slice(" -> executed command ".length).trim() || null;
  } else {
    result = facts("other", validName(match[1]));
  }
  Object.assign(result, parseAddress(group(match, 2)));
  return result;
}

const JOIN_REST = /^joined the game(?: \(formerly known as \S+\))?$/;
const COMMAND_PREFIX = "issued server command: ";
const PLAYER_NOTICE =
  /^(?:moved too quickly!|moved wrongly!|has made the advancement |has completed the challenge |has reached the goal )/;

// Messages that start with the player's name: "Steve left the game".
function classifyPlayerEvent(message: string): Facts | null {
  const space = message.indexOf(" ");
  if (space <= 0) return null;
  const name = validName(message.slice(0, space));
  if (name === null) return null;
  const rest = message.slice(space + 1);

  if (JOIN_REST.test(rest)) return facts("join", name);
  if (rest === "left the game") return facts("leave", name);
  if (rest.startsWith("lost connection:") || rest === "lost connection") {
    return facts("leave", name);
  }
  if (rest.startsWith(COMMAND_PREFIX)) {
    const result = facts("command", name);
    result.command = rest.slice(COMMAND_PREFIX.length).trim() || null;
    return result;
  }
  if (isDeathMessage(rest)) return facts("death", name);
  if (PLAYER_NOTICE.test(rest)) return facts("other", name);
  return null;
}

// Vanilla death messages (en_us), without the victim's name. A phrase ending
// in a preposition needs the killer after it; the others must end the message
// or go on with "whilst", "while", "by" or "using".
const DEATH_PHRASES = [
  "was slain by",
  "was shot by",
  "was fireballed by",
  "was pummeled by",
  "was killed by",
  "was blown up by",
  "was impaled by",
  "was squashed by",
  "was skewered by",
  "was frozen to death by",
  "was stung to death by",
  "was smashed by",
  "was doomed to fall by",
  "was knocked into the void by",
  "was killed while trying to hurt",
  "was killed trying to hurt",
  "fell too far and was finished by",
  "walked into danger zone due to",
  "didn't want to live in the same world as",
  "was killed",
  "was killed by magic",
  "was killed by even more magic",
  "was pricked to death",
  "walked into a cactus",
  "drowned",
  "experienced kinetic energy",
  "blew up",
  "hit the ground too hard",
  "fell from a high place",
  "fell off a ladder",
  "fell off some vines",
  "fell off some weeping vines",
  "fell off some twisting vines",
  "fell off scaffolding",
  "fell while climbing",
  "was doomed to fall",
  "was struck by lightning",
  "went up in flames",
  "walked into fire",
  "burned to death",
  "was burned to a crisp",
  "was burnt to a crisp",
  "tried to swim in lava",
  "discovered the floor was lava",
  "froze to death",
  "starved to death",
  "suffocated in a wall",
  "was squished too much",
  "was poked to death by a sweet berry bush",
  "fell out of the world",
  "left the confines of this world",
  "withered away",
  "was roasted in dragon's breath",
  "was obliterated by a sonically-charged shriek",
  "was impaled on a stalagmite",
  "went off with a bang",
  "was stung to death",
  "died",
];
const NEEDS_KILLER = /(?: by| as| to| hurt)$/;
const DEATH_TAIL = /^(?:whilst|while|by|using) /;
const UNTRANSLATED_DEATH = /^death\.(?:attack|fell)\.[\w.]+/;

const DEATH_PHRASES_BY_WORD = new Map<string, string[]>();
for (const phrase of DEATH_PHRASES) {
  const word = phrase.split(" ", 1)[0] ?? phrase;
  DEATH_PHRASES_BY_WORD.set(word, [
    ...(DEATH_PHRASES_BY_WORD.get(word) ?? []),
    phrase,
  ]);
}

function isDeathMessage(rest: string): boolean {
  if (UNTRANSLATED_DEATH.test(rest)) return true;
  const space = rest.indexOf(" ");
  const word = space < 0 ? rest : rest.slice(0, space);
  for (const phrase of DEATH_PHRASES_BY_WORD.get(word) ?? []) {
    if (rest === phrase) return !NEEDS_KILLER.test(phrase);
    if (!rest.startsWith(`${phrase} `)) continue;
    const tail = rest.slice(phrase.length + 1);
    if (NEEDS_KILLER.test(phrase) || DEATH_TAIL.test(tail)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------

interface Draft {
  record: ParsedRecord;
  rawLines: string[];
  messageLines: string[];
  /** A line holding only a time; the next line may supply the rest. */
  timeOnly: boolean;
  /** Finished records split from the start of this record's first line. */
  sameLine: ParsedRecord[];
}

function newRecord(line: Line, start: number, end: number): ParsedRecord {
  return {
    lineNumber: line.number,
    lineCount: 1,
    startOffset: start,
    endOffset: end,
    raw: "",
    date: null,
    time: null,
    timeInherited: false,
    thread: null,
    level: null,
    logger: null,
    kind: "unknown",
    player: null,
    playerUuid: null,
    ip: null,
    port: null,
    entityId: null,
    world: null,
    x: null,
    y: null,
    z: null,
    command: null,
    message: "",
  };
}

function applyHead(record: ParsedRecord, head: Head, body: Body) {
  // Every line of AuthMe's own file comes from AuthMe, so it needs no tag.
  const found =
    head.family === "authme"
      ? classifyAuthMe(body.message)
      : classifyMessage(body);
  Object.assign(record, found);
  record.thread = head.thread;
  record.level = head.level;
  if (head.logger !== null) record.logger = head.logger;
}

function finishDraft(draft: Draft): ParsedRecord {
  draft.record.raw = draft.rawLines.join("\n");
  draft.record.message = draft.messageLines.join("\n").trimEnd();
  return draft.record;
}

/**
 * Groups lines into records. Feed lines in order with push(); each call
 * returns the records that the line completed, and end() returns the last.
 *
 * Damage can glue several records into one line. They all get that line's
 * number; the first starts at the line's start, the last ends at its end, and
 * the split points are byte offsets inside the line. Records of one line are
 * returned together, so the last record of every batch ends at a line end and
 * a reader can resume from its endOffset with the `state` of the parser.
 */
export class LogParser {
  private pending: Draft | null = null;
  private lastTime: string | null;
  private emitted: ParserState;

  constructor(options: { previous?: ParserState } = {}) {
    this.lastTime = options.previous?.time ?? null;
    this.emitted = {
      date: options.previous?.date ?? null,
      time: this.lastTime,
    };
  }

  /** Date and time as of the last record returned, for resuming after it. */
  get state(): ParserState {
    return { ...this.emitted };
  }

  push(line: Line): ParsedRecord[] {
    const out: ParsedRecord[] = [];
    const shape = analyseLine(line.text);
    switch (shape.type) {
      case "records":
        this.flush(out);
        this.pending = this.lineDraft(line, shape.heads, null);
        break;
      case "fragment":
        this.pushFragment(line, shape.heads, out);
        break;
      case "time":
        this.flush(out);
        this.pending = this.timeOnlyDraft(line, shape.date, shape.time);
        break;
      case "continuation":
        if (this.pending) this.appendContinuation(line);
        else this.pending = this.unknownDraft(line);
        break;
      case "unknown":
        this.flush(out);
        this.pending = this.unknownDraft(line);
        break;
    }
    return out;
  }

  end(): ParsedRecord[] {
    const out: ParsedRecord[] = [];
    this.flush(out);
    return out;
  }

  private flush(out: ParsedRecord[]) {
    if (!this.pending) return;
    const draft = this.pending;
    this.pending = null;
    for (const record of [...draft.sameLine, finishDraft(draft)]) {
      if (record.date !== null) this.emitted.date = record.date;
      if (record.time !== null) this.emitted.time = record.time;
      out.push(record);
    }
  }

  // "[00:04:52]" then "[Server thread/INFO]: msg" is one record of two lines.
  private pushFragment(line: Line, heads: Head[], out: ParsedRecord[]) {
    const timeOnly = this.pending?.timeOnly ? this.pending : null;
    if (!timeOnly) this.flush(out);
    this.pending = this.lineDraft(line, heads, timeOnly);
  }

  /** Builds the records of one line; all but the last are already complete. */
  private lineDraft(line: Line, heads: Head[], timeOnly: Draft | null): Draft {
    const drafts = heads.map((head, index) =>
      this.headDraft(line, head, heads[index + 1]),
    );
    const first = drafts[0];
    const last = drafts[drafts.length - 1];
    if (!first || !last) throw new Error("A record line needs a prefix.");
    if (timeOnly) this.mergeTimeOnly(timeOnly, first);
    last.sameLine = drafts.slice(0, -1).map(finishDraft);
    return last;
  }

  private mergeTimeOnly(timeOnly: Draft, draft: Draft) {
    const { record } = draft;
    record.lineNumber = timeOnly.record.lineNumber;
    record.lineCount += timeOnly.record.lineCount;
    record.startOffset = timeOnly.record.startOffset;
    record.date = timeOnly.record.date;
    record.time = timeOnly.record.time;
    record.timeInherited = false;
    draft.rawLines.unshift(...timeOnly.rawLines);
  }

  private headDraft(line: Line, head: Head, next: Head | undefined): Draft {
    const end = next ? next.start : line.text.length;
    const record = newRecord(
      line,
      head.start === 0 ? line.start : byteOffset(line, head.start),
      next ? byteOffset(line, end) : line.end,
    );
    const body = headBody(line.text, head);
    applyHead(record, head, body);
    record.date = head.date;
    this.setTime(record, head.time);
    return {
      record,
      rawLines: [line.text.slice(head.start, end)],
      messageLines: [body.message],
      timeOnly: false,
      sameLine: [],
    };
  }

  private timeOnlyDraft(line: Line, date: string | null, time: string): Draft {
    const record = newRecord(line, line.start, line.end);
    record.date = date;
    this.setTime(record, time);
    return {
      record,
      rawLines: [line.text],
      messageLines: [""],
      timeOnly: true,
      sameLine: [],
    };
  }

  private unknownDraft(line: Line): Draft {
    const record = newRecord(line, line.start, line.end);
    this.setTime(record, null);
    return {
      record,
      rawLines: [line.text],
      messageLines: [stripColour(line.text).trim()],
      timeOnly: false,
      sameLine: [],
    };
  }

  private setTime(record: ParsedRecord, time: string | null) {
    if (time !== null) {
      record.time = time;
      this.lastTime = time;
      return;
    }
    record.time = this.lastTime;
    record.timeInherited = this.lastTime !== null;
  }

  private appendContinuation(line: Line) {
    const draft = this.pending as Draft;
    draft.rawLines.push(line.text);
    draft.messageLines.push(stripColour(line.text).trimEnd());
    draft.record.lineCount += 1;
    draft.record.endOffset = line.end;
    draft.timeOnly = false;
  }
}

function byteOffset(line: Line, index: number): number {
  const offset = line.start + Buffer.byteLength(line.text.slice(0, index));
  // NOTE: exact unless invalid UTF-8 or NUL bytes, decoded to the 3-byte
  // U+FFFD, precede the split; clamping keeps records inside their line.
  return Math.min(offset, line.end);
}

/** Parses a whole text; offsets count UTF-8 bytes. */
export function parseLogText(text: string): ParsedRecord[] {
  const parser = new LogParser();
  const records: ParsedRecord[] = [];
  for (const line of splitText(text)) records.push(...parser.push(line));
  records.push(...parser.end());
  return records;
}
