import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { LineSplitter, readLines, splitText } from "./lines";
import {
  LogParser,
  parseAddress,
  parseLogText,
  parsePosition,
  type ParsedRecord,
} from "./parser";

function fixtureBytes(name: string): Buffer {
  const url = new URL(`../../fixtures/logs/${name}`, import.meta.url);
  return readFileSync(fileURLToPath(url));
}

const FIXTURES = [
  "seed-excerpt.log",
  "vanilla-paper.log",
  "spigot-console.log",
  "stacktrace.log",
  "ansi.log",
  "authme.log",
  "forge.log",
  "velocity.log",
];

/** Decodes bytes the way readLines does, keeping line terminators. */
function decode(bytes: Buffer, atFileStart: boolean): string {
  const text = bytes.toString("utf8").replaceAll("\0", "\uFFFD");
  return atFileStart ? text.replace(/^\uFEFF/, "") : text;
}

/**
 * Checks that records cover the input exactly once: their byte ranges follow
 * each other from 0 to the end, and each raw text is the text of its range.
 */
function expectCoverage(bytes: Buffer, records: ParsedRecord[]) {
  let offset = 0;
  for (const record of records) {
    expect(record.startOffset).toBe(offset);
    expect(record.endOffset).toBeGreaterThan(record.startOffset);
    const range = bytes.subarray(record.startOffset, record.endOffset);
    const lines = decode(range, offset === 0).replace(/\r?\n$/, "");
    expect(lines.split(/\r?\n/).join("\n")).toBe(record.raw);
    offset = record.endOffset;
  }
  expect(offset).toBe(bytes.length);
}

/** Joins raw texts: records split from one line join without a newline. */
function joinRaw(records: ParsedRecord[]): string {
  let text = "";
  let previousLastLine = 0;
  for (const record of records) {
    if (text !== "" || previousLastLine !== 0) {
      text += record.lineNumber === previousLastLine ? "" : "\n";
    }
    text += record.raw;
    previousLastLine = record.lineNumber + record.lineCount - 1;
  }
  return text;
}

async function* chunksOf(bytes: Buffer, size: number) {
  for (let start = 0; start < bytes.length; start += size) {
    yield bytes.subarray(start, start + size);
  }
}

async function parseStream(
  bytes: Buffer,
  size: number,
  options?: { final?: boolean },
): Promise<ParsedRecord[]> {
  const parser = new LogParser();
  const records: ParsedRecord[] = [];
  for await (const line of readLines(chunksOf(bytes, size), options)) {
    records.push(...parser.push(line));
  }
  records.push(...parser.end());
  return records;
}

function recordOn(records: ParsedRecord[], lineNumber: number): ParsedRecord {
  const found = records.filter((record) => record.lineNumber === lineNumber);
  expect(found).toHaveLength(1);
  return found[0] as ParsedRecord;
}

// ---------------------------------------------------------------------------
// seed-excerpt.log: real logs damaged by extraction from a document.
// ---------------------------------------------------------------------------

type Expected = Omit<ParsedRecord, "raw" | "startOffset" | "endOffset">;

const BLANK: Expected = {
  lineNumber: 0,
  lineCount: 1,
  date: null,
  time: null,
  timeInherited: false,
  thread: null,
  level: null,
  logger: null,
  kind: "other",
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

const PIPE = "Internal Exception: java.io.IOException: Relais brisé (pipe)";
const UUIDS: Record<string, string> = {
  Draxe: "d394da40-0ab1-3e8c-8302-4aaebe14d88d",
  djminecraftpro: "f5cfdd96-ddbf-32e0-81a6-2060a259f98b",
  MaxiCube: "92f98a09-7705-31ea-8430-ec9f64363c5a",
  VioTak: "8d9f49a8-0ae5-3e43-93b6-dcdf7010035b",
  Tyrion: "d6b829dc-cccc-3d11-9d2f-14310fdb219d",
};

function serverInfo(
  lineNumber: number,
  time: string,
  message: string,
  fields: Partial<Expected> = {},
): Expected {
  return {
    ...BLANK,
    lineNumber,
    time,
    thread: "Server thread",
    level: "INFO",
    message,
    ...fields,
  };
}

function nameOnly(line: number, time: string, name: string, inherited = false) {
  return serverInfo(line, time, name, { timeInherited: inherited });
}

function authLogin(line: number, time: string, player: string) {
  return serverInfo(line, time, `[AuthMe] ${player} logged in!`, {
    kind: "auth_login",
    player,
    logger: "AuthMe",
  });
}

function uuid(
  line: number,
  time: string,
  authenticator: number,
  player: string,
  fields: Partial<Expected> = {},
) {
  const playerUuid = UUIDS[player] ?? "";
  return serverInfo(line, time, `UUID of player ${player} is ${playerUuid}`, {
    thread: `User Authenticator #${authenticator}`,
    kind: "uuid",
    player,
    playerUuid,
    ...fields,
  });
}

function join(
  line: number,
  time: string,
  player: string,
  entityId: number,
  position: [string, string, string],
  fields: Partial<Expected> = {},
) {
  const [x, y, z] = position;
  const message =
    `${player}[/***] logged in with entity id ${entityId} ` +
    `at ([world] ${x}, ${y}, ${z})`;
  return serverInfo(line, time, message, {
    kind: "join",
    player,
    entityId,
    world: "world",
    x: Number(x),
    y: Number(y),
    z: Number(z),
    ...fields,
  });
}

function leave(
  line: number,
  time: string,
  player: string,
  reason: string,
  fields: Partial<Expected> = {},
) {
  const message = `${player} lost connection: ${reason}`;
  return serverInfo(line, time, message, { kind: "leave", player, ...fields });
}

function command(
  line: number,
  time: string,
  player: string,
  text: string,
  fields: Partial<Expected> = {},
) {
  const message = `${player} issued server command: ${text}`;
  return serverInfo(line, time, message, {
    kind: "command",
    player,
    command: text,
    ...fields,
  });
}

function unknown(
  lineNumber: number,
  time: string,
  message: string,
  timeInherited: boolean,
): Expected {
  return {
    ...BLANK,
    lineNumber,
    time,
    message,
    timeInherited,
    kind: "unknown",
  };
}

const INHERITED = { timeInherited: true };

const SEED_RECORDS: Expected[] = [
  nameOnly(1, "00:04:31", "AwayZ_"),
  nameOnly(2, "00:04:31", "AwayZ_"),
  authLogin(3, "00:04:36", "AwayZ___"),
  unknown(4, "00:04:36", "issued server command: /wpt faction", true),
  nameOnly(5, "00:04:41", "AwayZ_"),
  leave(6, "00:04:43", "AwayZ___", "Disconnected"),
  uuid(6, "00:04:51", 6105, "Draxe"),
  nameOnly(7, "00:04:51", "Draxe"),
  join(8, "00:04:51", "Draxe", 9029312, ["132.373", "45.0", "-1741.547"]),
  leave(9, "00:04:51", "Draxe", PIPE),
  uuid(10, "00:04:52", 6106, "Draxe"),
  nameOnly(11, "00:04:52", "Draxe"),
  join(12, "00:04:52", "Draxe", 9029402, ["182.475", "46.0", "-1669.471"]),
  uuid(12, "00:04:52", 6107, "djminecraftpro"),
  nameOnly(13, "00:04:52", "djminecraftpro", true),
  join(14, "00:04:52", "djminecraftpro", 9029449, [
    "2417.459",
    "54.0",
    "-4555.509",
  ]),
  leave(15, "00:04:52", "djminecraftpro", PIPE, { lineCount: 2 }),
  uuid(17, "00:04:54", 6108, "djminecraftpro"),
  nameOnly(18, "00:04:54", "djminecraftpro"),
  join(19, "00:04:54", "djminecraftpro", 9029611, [
    "1500.5",
    "52.0",
    "-2499.5",
  ]),
  authLogin(20, "00:04:57", "djminecraftpro"),
  command(21, "00:04:57", "djminecraftpro", "/wpt faction", INHERITED),
  unknown(22, "00:04:59", "", false),
  authLogin(23, "00:05:02", "Draxe"),
  leave(24, "00:05:03", "djminecraftpro", "Disconnected"),
  command(25, "00:05:13", "Draxe", "/wpt mining"),
  leave(25, "00:05:13", "Draxe", "Disconnected"),
  uuid(26, "00:06:01", 6109, "MaxiCube"),
  nameOnly(27, "00:06:01", "MaxiCube"),
  join(
    28,
    "00:06:01",
    "MaxiCube",
    9035611,
    ["877.565", "47.0", "-3254.543"],
    INHERITED,
  ),
  unknown(29, "00:06:01", "", false),
  authLogin(30, "00:06:05", "MaxiCube"),
  command(31, "00:06:07", "MaxiCube", "/wpt faction"),
  leave(32, "00:06:08", "MaxiCube", "Disconnected"),
  uuid(33, "00:06:33", 6110, "VioTak"),
  nameOnly(34, "00:06:33", "VioTak"),
  join(35, "00:06:33", "VioTak", 9038268, ["2417.459", "54.0", "-4555.509"]),
  leave(36, "00:06:33", "VioTak", PIPE, { lineCount: 2 }),
  uuid(38, "00:06:36", 6111, "VioTak"),
  nameOnly(39, "00:06:36", "VioTak"),
  join(40, "00:06:36", "VioTak", 9038476, ["132.373", "45.0", "-1741.547"]),
  authLogin(41, "00:06:41", "VioTak"),
  command(42, "00:06:43", "VioTak", "/wpt mining"),
  leave(43, "00:06:44", "VioTak", "Disconnected"),
  uuid(44, "00:07:08", 6112, "Tyrion"),
  nameOnly(45, "00:07:08", "Tyrion"),
  join(46, "00:07:08", "Tyrion", 9041161, ["182.475", "46.0", "-1669.471"]),
  authLogin(47, "00:07:14", "Tyrion"),
  command(48, "00:07:16", "Tyrion", "/wpt faction"),
  uuid(49, "00:07:16", 6113, "djminecraftpro", INHERITED),
  unknown(50, "00:07:18", "", false),
  nameOnly(51, "00:07:18", "djminecraftpro"),
  join(52, "00:07:18", "djminecraftpro", 9042187, [
    "806.559",
    "46.0",
    "-565.461",
  ]),
  leave(53, "00:07:18", "Tyrion", "Disconnected"),
];

function withoutOffsets(record: ParsedRecord): Expected {
  const { raw: _raw, startOffset: _start, endOffset: _end, ...rest } = record;
  return rest;
}

describe("seed-excerpt.log", () => {
  const bytes = fixtureBytes("seed-excerpt.log");
  const text = bytes.toString("utf8");
  const lines = text.replace(/\n$/, "").split("\n");
  const records = parseLogText(text);

  it("yields 54 records from 53 lines", () => {
    expect(lines).toHaveLength(53);
    expect(SEED_RECORDS).toHaveLength(54);
    expect(records).toHaveLength(54);
  });

  it.each(SEED_RECORDS.map((expected, index) => [index, expected]))(
    "record %i matches every field",
    (index, expected) => {
      const record = records[index as number];
      expect(record && withoutOffsets(record)).toEqual(expected);
    },
  );

  it("covers every input line exactly once", () => {
    expectCoverage(bytes, records);
    expect(joinRaw(records)).toBe(lines.join("\n"));
  });

  it("splits two records on one line at the second prefix", () => {
    const line = lines[5] ?? "";
    const split = line.indexOf("[00:04:51]");
    const [leaveRecord, uuidRecord] = records.filter((r) => r.lineNumber === 6);
    const lineStart = Buffer.byteLength(lines.slice(0, 5).join("\n")) + 1;
    expect(leaveRecord?.raw).toBe(line.slice(0, split));
    expect(uuidRecord?.raw).toBe(line.slice(split));
    expect(leaveRecord?.startOffset).toBe(lineStart);
    expect(leaveRecord?.endOffset).toBe(lineStart + split);
    expect(uuidRecord?.startOffset).toBe(lineStart + split);
    expect(uuidRecord?.endOffset).toBe(lineStart + Buffer.byteLength(line) + 1);
  });

  it("joins a lone time to the prefix line below it", () => {
    const record = recordOn(records, 15);
    expect(record.raw).toBe(`${lines[14]}\n${lines[15]}`);
  });

  it("keeps leading spaces in raw text", () => {
    expect(recordOn(records, 2).raw).toBe(lines[1]);
    expect(recordOn(records, 4).raw).toBe(lines[3]);
  });

  it("streams in small chunks", async () => {
    for (const size of [1, 7, 64]) {
      expect(await parseStream(bytes, size)).toEqual(records);
    }
  });

  it("resumes after any line", () => {
    const allLines = splitText(text);
    for (let count = 1; count <= allLines.length; count += 1) {
      const first = new LogParser();
      const done = allLines.slice(0, count).flatMap((line) => first.push(line));
      const last = done.at(-1);
      const offset = last?.endOffset ?? 0;
      const splitter = new LineSplitter({
        startOffset: offset,
        startLine: last ? last.lineNumber + last.lineCount : 1,
      });
      const second = new LogParser({ previous: first.state });
      const rest = [
        ...splitter.push(bytes.subarray(offset)),
        ...splitter.finish(),
      ].flatMap((line) => second.push(line));
      expect([...done, ...rest, ...second.end()]).toEqual(records);
    }
  });
});

// ---------------------------------------------------------------------------
// Format fixtures
// ---------------------------------------------------------------------------

function parseFixture(name: string): ParsedRecord[] {
  return parseLogText(fixtureBytes(name).toString("utf8"));
}

describe.each(FIXTURES)("%s", (name) => {
  const bytes = fixtureBytes(name);
  const records = parseLogText(bytes.toString("utf8"));

  it("covers every input line exactly once", () => {
    expectCoverage(bytes, records);
    expect(joinRaw(records)).toBe(bytes.toString("utf8").replace(/\n$/, ""));
  });

  it("streams to the same records", async () => {
    expect(await parseStream(bytes, 5)).toEqual(records);
  });
});

describe("vanilla and Paper latest.log", () => {
  const records = parseFixture("vanilla-paper.log");

  it("splits thread and level at the last slash", () => {
    expect(recordOn(records, 4)).toMatchObject({
      time: "08:14:40",
      thread: "RCON Client /127.0.0.1 #7",
      level: "INFO",
      kind: "other",
      message: "Thread RCON Client /127.0.0.1 started",
    });
  });

  it("reads uuid, login and join records", () => {
    expect(recordOn(records, 5)).toMatchObject({
      kind: "uuid",
      player: "Kestrel_42",
      playerUuid: "5b1e7f0c-3d2a-4c8e-9f61-0a7b2c4d6e81",
    });
    expect(recordOn(records, 6)).toMatchObject({
      kind: "join",
      player: "Kestrel_42",
      ip: "198.51.100.77",
      port: 50312,
      entityId: 412,
      world: "world",
      x: -120.5,
      y: 68,
      z: 233.25,
    });
    expect(recordOn(records, 7)).toMatchObject({
      kind: "join",
      player: "Kestrel_42",
      ip: null,
    });
  });

  it("reads the speaker of chat lines", () => {
    expect(recordOn(records, 8)).toMatchObject({
      kind: "chat",
      player: "Kestrel_42",
      thread: "Async Chat Thread - #0",
    });
    expect(recordOn(records, 9)).toMatchObject({
      kind: "chat",
      player: "Bramble",
      message: "<Bramble> <Kestrel_42> quoted you",
    });
  });

  it("treats an event phrase inside chat as chat", () => {
    expect(recordOn(records, 10)).toMatchObject({
      kind: "chat",
      player: "Bramble",
    });
  });

  it("gives no player for a decorated speaker", () => {
    expect(recordOn(records, 11)).toMatchObject({ kind: "chat", player: null });
    expect(recordOn(records, 12)).toMatchObject({ kind: "chat", player: null });
  });

  it("reads unsigned chat", () => {
    expect(recordOn(records, 13)).toMatchObject({
      kind: "chat",
      player: "OwO",
      message: "[Not Secure] <OwO> !!MCDR",
    });
  });

  it("reads commands and command feedback", () => {
    expect(recordOn(records, 14)).toMatchObject({
      kind: "command",
      player: "Kestrel_42",
      command: "/home base",
    });
    expect(recordOn(records, 15)).toMatchObject({
      kind: "other",
      player: "Kestrel_42",
    });
    expect(recordOn(records, 28)).toMatchObject({
      kind: "other",
      player: null,
    });
  });

  it("reads known death messages only", () => {
    expect(recordOn(records, 16)).toMatchObject({
      kind: "death",
      player: "Kestrel_42",
    });
    expect(recordOn(records, 17)).toMatchObject({
      kind: "death",
      player: "Bramble",
    });
    expect(recordOn(records, 18)).toMatchObject({
      kind: "death",
      player: "Kestrel_42",
    });
    expect(recordOn(records, 19)).toMatchObject({
      kind: "other",
      player: null,
    });
  });

  it("reads an IPv6 address in brackets", () => {
    expect(recordOn(records, 20)).toMatchObject({
      kind: "join",
      player: "Tumbleweed",
      ip: "2001:db8:4:2::1c",
      port: 61022,
      entityId: 519,
      world: null,
      x: 10,
      y: -4,
      z: 7,
    });
  });

  it("nulls masked addresses and infinities", () => {
    expect(recordOn(records, 21)).toMatchObject({
      ip: null,
      port: null,
      entityId: 520,
      x: 0.5,
      y: 70,
      z: 0.5,
    });
    expect(recordOn(records, 22)).toMatchObject({
      kind: "join",
      ip: null,
      entityId: 521,
      x: null,
      y: null,
      z: null,
    });
    expect(recordOn(records, 23)).toMatchObject({
      ip: null,
      world: "world_nether",
      x: 4,
      y: 80,
      z: -9,
    });
  });

  it("reads both leave messages", () => {
    expect(recordOn(records, 24)).toMatchObject({
      kind: "leave",
      player: "Tumbleweed",
      message: "Tumbleweed lost connection: Timed out",
    });
    expect(recordOn(records, 25)).toMatchObject({
      kind: "leave",
      player: "Tumbleweed",
    });
  });

  it("names the player of other player notices", () => {
    expect(recordOn(records, 26)).toMatchObject({
      kind: "other",
      player: "Kestrel_42",
    });
    expect(recordOn(records, 27)).toMatchObject({
      kind: "other",
      level: "WARN",
      player: "Kestrel_42",
      x: null,
    });
  });
});

describe("Spigot and Paper console", () => {
  const records = parseFixture("spigot-console.log");

  it("reads time and level from one bracket", () => {
    expect(recordOn(records, 1)).toMatchObject({
      time: "21:03:11",
      thread: null,
      level: "INFO",
      logger: null,
      message: "Starting minecraft server version 1.16.5",
    });
  });

  it("reads the logger after the level", () => {
    expect(recordOn(records, 3)).toMatchObject({
      logger: "Minecraft",
      message: "View Distance: 10",
    });
    expect(recordOn(records, 4)).toMatchObject({
      logger: "c.m.m.LaunchServiceHandler",
      message: "Launching target 'arclightserver' with arguments [nogui]",
    });
  });

  it("takes a plugin tag as the logger", () => {
    expect(recordOn(records, 2)).toMatchObject({
      level: "WARN",
      logger: "Essentials",
    });
    expect(recordOn(records, 15)).toMatchObject({
      logger: "Essentials",
      kind: "other",
    });
    expect(recordOn(records, 16)).toMatchObject({
      logger: "Essentials",
      message: "[Essentials]",
    });
  });

  it("reads locale-formatted login numbers", () => {
    expect(recordOn(records, 6)).toMatchObject({
      kind: "join",
      player: "Pip",
      ip: "203.0.113.45",
      port: 49821,
      entityId: 2517,
      x: -31.25,
      y: 70,
      z: 118.75,
    });
  });

  it("reads per-world chat", () => {
    expect(recordOn(records, 8)).toMatchObject({
      kind: "chat",
      player: "Pip",
      world: "world_the_end",
    });
  });

  it("keeps the tab of prefixed frames", () => {
    expect(recordOn(records, 14)).toMatchObject({
      level: "ERROR",
      message: "\tat java.base/java.lang.Thread.run(Thread.java:834)",
    });
  });
});

describe("stack traces and continuation lines", () => {
  const records = parseFixture("stacktrace.log");

  it("joins a FATAL trace with Suppressed", () => {
    const record = recordOn(records, 1);
    expect(record).toMatchObject({ level: "FATAL", lineCount: 10 });
    expect(record.message.split("\n")[0]).toBe(
      "Error executing task on Server",
    );
    expect(record.message).toContain("\tSuppressed: java.lang.ThreadDeath");
    expect(record.message.split("\n").at(-1)).toBe("\t... 12 more");
  });

  it("joins frames without a leading tab", () => {
    const record = recordOn(records, 11);
    expect(record).toMatchObject({ level: "ERROR", lineCount: 7 });
    expect(record.message.split("\n").at(-1)).toBe("... 31 more");
  });

  it("starts a new record at the next prefix", () => {
    expect(recordOn(records, 18)).toMatchObject({
      kind: "join",
      player: "Kestrel_42",
      lineCount: 1,
    });
  });

  it("joins lines that start with >", () => {
    const record = recordOn(records, 19);
    expect(record.lineCount).toBe(5);
    expect(record.message.split("\n")[1]).toBe(
      "> Errors in registry minecraft:worldgen/biome:",
    );
  });

  it("joins indented warning text", () => {
    expect(recordOn(records, 24)).toMatchObject({
      level: "WARN",
      lineCount: 3,
    });
  });

  it("keeps an unprefixed line as an unknown record", () => {
    expect(recordOn(records, 27)).toMatchObject({
      kind: "unknown",
      lineCount: 2,
      time: "02:42:05",
      timeInherited: true,
      message: "[LP] Set group of lynx_7 to admin.",
    });
  });
});

describe("colour codes", () => {
  const records = parseFixture("ansi.log");

  it("strips ANSI codes around a plugin tag", () => {
    const record = recordOn(records, 1);
    expect(record.message).toBe("[QuestCraft 3.1.0] Enabled 14 quests");
    expect(record.logger).toBe("QuestCraft");
    expect(record.raw).toContain("\u001b[0;36;22m");
  });

  it("strips § codes from chat speakers and names", () => {
    expect(recordOn(records, 2)).toMatchObject({
      kind: "chat",
      player: "Alex",
      message: "<Alex> color test",
    });
    expect(recordOn(records, 3)).toMatchObject({
      kind: "join",
      player: "Wren",
    });
    expect(recordOn(records, 2).raw).toContain("§6Alex§r");
  });

  it("reads dated lines with a thread id", () => {
    expect(recordOn(records, 4)).toMatchObject({
      date: "2025-03-02",
      time: "10:00:07",
      thread: "12",
      level: "INFO",
      kind: "leave",
      player: "Wren",
    });
  });

  it("reads Geyser lines with braces", () => {
    expect(recordOn(records, 5)).toMatchObject({
      date: "2021-04-18",
      time: "09:30:00.120",
      thread: "main",
      level: "INFO",
      message: "",
    });
  });

  it("ignores coloured rank prefixes", () => {
    expect(recordOn(records, 6)).toMatchObject({
      logger: null,
      kind: "other",
      message: "[Admin] Wren: hi",
    });
  });
});

describe("AuthMe", () => {
  const records = parseFixture("authme.log");

  it.each([
    [3, "auth_register", "Marlo_x"],
    [4, "auth_failed", "Marlo_x"],
    [5, "auth_login", "Marlo_x"],
    [6, "auth_login", "9lives"],
  ])("reads line %i as %s", (line, kind, player) => {
    expect(recordOn(records, line)).toMatchObject({
      kind,
      player,
      logger: "AuthMe",
    });
  });

  it("gives plugin notices no player", () => {
    expect(recordOn(records, 7)).toMatchObject({ kind: "other", player: null });
    expect(recordOn(records, 8)).toMatchObject({ kind: "other", player: null });
    expect(recordOn(records, 12)).toMatchObject({
      kind: "other",
      player: null,
    });
  });

  it("gives null coordinates when they are elided", () => {
    expect(recordOn(records, 9)).toMatchObject({
      kind: "join",
      entityId: 4411,
      x: null,
      y: null,
      z: null,
    });
  });

  it("reads AuthMe's own log file", () => {
    expect(recordOn(records, 10)).toMatchObject({
      time: "19:05:02",
      level: "DEBUG",
      logger: "AuthMe",
      kind: "auth_failed",
      player: "Marlo_x",
    });
    expect(recordOn(records, 11)).toMatchObject({
      level: null,
      kind: "auth_login",
      player: "Marlo_x",
    });
  });
});

describe("Forge and debug.log", () => {
  const records = parseFixture("forge.log");

  it("splits the logger from its marker", () => {
    expect(recordOn(records, 1)).toMatchObject({
      thread: "main",
      level: "INFO",
      logger: "cp.mo.mo.Launcher",
    });
    expect(recordOn(records, 2)).toMatchObject({
      logger: "minecraft/PlayerList",
      kind: "join",
      player: "Oakley",
    });
  });

  it("reads the debug.log date stamp", () => {
    expect(recordOn(records, 4)).toMatchObject({
      date: "2023-03-12",
      time: "07:15:33.410",
      level: "WARN",
      logger: "net.minecraft.server.network.ServerGamePacketListenerImpl",
      player: "Oakley",
    });
    expect(recordOn(records, 6)).toMatchObject({
      date: "2023-03-12",
      time: "23:59:59.999",
      kind: "leave",
    });
  });
});

describe("Velocity", () => {
  const records = parseFixture("velocity.log");

  it("drops the separator spaces after the prefix", () => {
    expect(recordOn(records, 1).message).toBe(
      "Booting up Velocity 3.3.0-SNAPSHOT...",
    );
  });

  it("reads proxy connects and disconnects", () => {
    expect(recordOn(records, 2)).toMatchObject({
      kind: "join",
      player: "Pip",
      ip: "203.0.113.45",
      port: 49821,
    });
    expect(recordOn(records, 3)).toMatchObject({
      kind: "other",
      player: "Pip",
    });
    expect(recordOn(records, 4)).toMatchObject({
      kind: "leave",
      player: "Pip",
    });
  });

  it("reads the Velocity 1.x prefix", () => {
    expect(recordOn(records, 5)).toMatchObject({
      time: "21:15:02.118",
      thread: "Netty epoll Worker #3",
      level: "INFO",
      logger:
        "com.velocitypowered.proxy.connection.client.ClientPlaySessionHandler",
      kind: "command",
      player: "Pip",
      ip: null,
      port: null,
      command: "/server survival",
    });
  });

  it("gives no player or address for redacted values", () => {
    expect(recordOn(records, 6)).toMatchObject({
      kind: "leave",
      player: null,
      ip: null,
    });
  });
});

// ---------------------------------------------------------------------------
// Bytes and edge cases
// ---------------------------------------------------------------------------

describe("damaged bytes", () => {
  const bytes = Buffer.concat([
    Buffer.from("[10:00:00] [Server thread/INFO]: Ana joined the game\r\n"),
    Buffer.from("[10:00:01] [Server thread/INFO]: <Ana> nul"),
    Buffer.from([0x00]),
    Buffer.from(" here\r\n"),
    Buffer.from("[10:00:02] [Server thread/INFO]: <Ana> bad "),
    Buffer.from([0xff, 0xfe]),
    Buffer.from(" bytes\n"),
    Buffer.from("[10:00:03] [Server thread/INFO]: Ana left the game"),
  ]);

  it("parses CRLF, NUL and invalid bytes", async () => {
    const records = await parseStream(bytes, 3);
    expect(records.map((record) => record.kind)).toEqual([
      "join",
      "chat",
      "chat",
      "leave",
    ]);
    expect(records[0]?.raw).toBe(
      "[10:00:00] [Server thread/INFO]: Ana joined the game",
    );
    expect(records[1]?.message).toBe("<Ana> nul\uFFFD here");
    expect(records[2]?.message).toBe("<Ana> bad \uFFFD\uFFFD bytes");
    expect(records[3]?.endOffset).toBe(bytes.length);
    expectCoverage(bytes, records);
  });

  it("leaves an unfinished last line for later", async () => {
    const records = await parseStream(bytes, 3, { final: false });
    expect(records).toHaveLength(3);
    expect(records.at(-1)?.endOffset).toBe(
      bytes.indexOf("[10:00:03]", 0, "utf8"),
    );
  });
});

describe("record boundaries", () => {
  it("starts a record at a full prefix after leading spaces", () => {
    const records = parseLogText(
      "[10:00:00] [Server thread/ERROR]: boom\n" +
        "   [10:00:01] [Server thread/INFO]: Ana joined the game\n",
    );
    expect(records).toHaveLength(2);
    expect(records[1]).toMatchObject({ kind: "join", lineNumber: 2 });
  });

  it("joins blank lines to the record above", () => {
    const records = parseLogText("[10:00:00] [main/INFO]: a\n\n\n");
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ lineCount: 3, message: "a" });
  });

  it("keeps an orphan continuation as unknown", () => {
    const records = parseLogText("\tat a.b.C.d(C.java:1)\n");
    expect(records[0]).toMatchObject({
      kind: "unknown",
      time: null,
      timeInherited: false,
      message: "at a.b.C.d(C.java:1)",
    });
  });

  it("inherits time from the state of a resumed parser", () => {
    const parser = new LogParser({
      previous: { date: "2024-05-01", time: "23:59:58" },
    });
    const [line] = splitText("    issued server command: /spawn\n");
    expect(line && parser.push(line)).toEqual([]);
    expect(parser.end()[0]).toMatchObject({
      kind: "unknown",
      time: "23:59:58",
      timeInherited: true,
    });
    expect(parser.state).toEqual({ date: "2024-05-01", time: "23:59:58" });
  });

  it("keeps a quoted prefix in chat", () => {
    const records = parseLogText(
      "[10:00:00 INFO]: <Ana> see [10:00:01] [Server thread/INFO]: x\n",
    );
    expect(records).toHaveLength(1);
  });

  it("parses a line with a damaged prefix as unknown", () => {
    const records = parseLogText("[10:00:00] [Server thread/INFO] no colon\n");
    expect(records[0]).toMatchObject({ kind: "unknown", time: null });
  });
});

describe("death messages", () => {
  function kindOf(message: string) {
    const [record] = parseLogText(
      `[12:00:00] [Server thread/INFO]: ${message}`,
    );
    return record?.kind;
  }

  it.each([
    "Ana drowned",
    "Ana hit the ground too hard whilst trying to escape Zombie",
    "Ana was shot by Skeleton",
    "Ana was killed by magic",
    "Ana tried to swim in lava",
    "Ana died",
    "Ana death.attack.no_water_for_gills",
  ])("reads %j as death", (message) => {
    expect(kindOf(message)).toBe("death");
  });

  it.each([
    "Ana drowned the cat",
    "Ana was shot by",
    "Ana died, message: 'Ana tried to swim in lava'",
    "Ana died in the last raid, rejoining",
    "✶ Ana fell from a high place",
    "[Ana] was slain by Zombie",
  ])("reads %j as other", (message) => {
    expect(kindOf(message)).toBe("other");
  });
});

describe("parseAddress", () => {
  it.each([
    ["/192.0.2.1:25565", "192.0.2.1", 25565],
    ["/[2001:db8::1]:9864", "2001:db8::1", 9864],
    ["/2001:db8::1", "2001:db8::1", null],
    ["/***", null, null],
    ["/**.**.**.**:12345", null, 12345],
    ["local", null, null],
    ["local:E:ea4517a6", null, null],
    ["IP hidden", null, null],
    ["<censored>", null, null],
    ["/192.0.2.1:99999", "192.0.2.1", null],
    ["/999.0.2.1:1", null, 1],
  ])("reads %j", (text, ip, port) => {
    expect(parseAddress(text)).toEqual({ ip, port });
  });
});

describe("parsePosition", () => {
  it.each([
    ["(1, -2, 3)", null, 1, -2, 3],
    ["([world]0.5, 39.0, 0.5)", "world", 0.5, 39, 0.5],
    ["([world] 1.5, 2.0, 3.5)", "world", 1.5, 2, 3.5],
    ["(-55,5, 76, -182,5)", null, -55.5, 76, -182.5],
    ["(1,2,3)", null, 1, 2, 3],
    ["(1,5,2,5,3,5)", null, null, null, null],
    ["(Infinity, NaN, Infinity)", null, null, null, null],
    ["(1e999, 0, 0)", null, null, 0, 0],
    ["[...]", null, null, null, null],
  ])("reads %j", (text, world, x, y, z) => {
    expect(parsePosition(text)).toEqual({ world, x, y, z });
  });
});

describe("long hostile lines", () => {
  const spaces = " ".repeat(50_000);
  const lines = [
    `  ${"[".repeat(100_000)}`,
    `  ${"[a/".repeat(30_000)}`,
    `[00:00:00] [${spaces}x`,
    `[00:00:00] [${spaces}/${spaces}x`,
    `[00:00:00] [a/${spaces}x`,
    `[00:00:00 ${spaces}x`,
    `[${spaces}/${spaces}`,
    `${"a.".repeat(50_000)}!`,
    `  ${"00:00:00]".repeat(20_000)}`,
    `[00:00:00] [Server thread/INFO]: ${" 00:00:00] [a".repeat(20_000)}`,
    `[00:00:00] [Server thread/INFO]: [A${" A".repeat(30_000)}!`,
    `[00:00:00] [Server thread/INFO]: ${"\u001b[".repeat(30_000)}`,
  ];

  // Linear matching takes milliseconds here; backtracking takes seconds.
  it("parses each in linear time", () => {
    const started = performance.now();
    for (const line of lines) {
      expect(parseLogText(`${line}\n`).length).toBeGreaterThan(0);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
