import type { LogKind } from "../kinds";

import { parseAddress, parseEntityId, parsePosition } from "./address";
import { isDeathMessage } from "./death";
import { group } from "./match";
import type { Body } from "./message-text";

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

export function classifyMessage({ message, tagText }: Body): Facts {
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
export function classifyAuthMe(text: string): Facts {
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
