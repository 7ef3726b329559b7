import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  coveredLines,
  fileRows,
  rebuildText,
  storedRows,
} from "@/tests/logs/helpers";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { ingestFile } from "./ingest";
import { parseLogText } from "./parser";

const EXCERPT = path.join(process.cwd(), "fixtures/logs/seed-excerpt.log");
const OPTIONS = {
  server: "survival",
  date: "2026-11-20",
  timeZone: "Europe/Paris",
};

describe("ingest of the seed excerpt", () => {
  let testDb: TestDatabase;
  const text = readFileSync(EXCERPT, "utf8");
  const lineCount = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  it("stores every record with the parser's fields", async () => {
    const summary = await ingestFile(testDb.db, EXCERPT, OPTIONS);
    const parsed = parseLogText(text);
    expect(summary).toMatchObject({
      files: 1,
      filesSkipped: 0,
      linesRead: lineCount,
      linesSkipped: 0,
      recordsStored: parsed.length,
      unknownRecords: parsed.filter((r) => r.kind === "unknown").length,
      errors: [],
    });

    const rows = await storedRows(testDb.db);
    expect(rows.map((row) => row.raw)).toEqual(parsed.map((r) => r.raw));
    rows.forEach((row, index) => {
      const record = parsed[index];
      expect(row).toMatchObject({
        lineNumber: record?.lineNumber,
        thread: record?.thread,
        level: record?.level,
        logger: record?.logger,
        kind: record?.kind,
        player: record?.player,
        playerUuid: record?.playerUuid,
        ip: record?.ip,
        port: record?.port,
        entityId: record?.entityId,
        world: record?.world,
        x: record?.x,
        y: record?.y,
        z: record?.z,
        command: record?.command,
        message: record?.message,
      });
    });
    expect(rebuildText(rows)).toBe(text.replace(/\n$/, ""));
    expect(coveredLines(rows)).toBe(lineCount);
  });

  it("recovers the damaged lines", async () => {
    const rows = await storedRows(testDb.db);
    const onLine = (line: number) =>
      rows.filter((row) => row.lineNumber === line);
    const paris = (time: string) => new Date(`2026-11-20T${time}+01:00`);

    expect(onLine(6).map((r) => [r.kind, r.player, r.playerUuid])).toEqual([
      ["leave", "AwayZ___", null],
      ["uuid", "Draxe", "d394da40-0ab1-3e8c-8302-4aaebe14d88d"],
    ]);
    expect(onLine(8)).toEqual([
      expect.objectContaining({
        kind: "join",
        player: "Draxe",
        entityId: 9029312,
        world: "world",
        x: 132.373,
        y: 45,
        z: -1741.547,
        ip: null,
      }),
    ]);
    expect(onLine(12)[0]).toMatchObject({
      level: "INFO",
      kind: "join",
      entityId: 9029402,
    });
    expect(onLine(15)).toEqual([
      expect.objectContaining({ kind: "leave", player: "djminecraftpro" }),
    ]);
    expect(onLine(15)[0]?.raw.split("\n")).toHaveLength(2);
    expect(onLine(16)).toEqual([]);
    expect(onLine(21)).toEqual([
      expect.objectContaining({
        kind: "command",
        player: "djminecraftpro",
        command: "/wpt faction",
        ts: paris("00:04:57"),
      }),
    ]);
    expect(onLine(25).map((r) => [r.kind, r.player, r.command, r.ts])).toEqual([
      ["command", "Draxe", "/wpt mining", paris("00:05:13")],
      ["leave", "Draxe", null, paris("00:05:13")],
    ]);
    expect(onLine(25)[1]?.ts.toISOString()).toBe("2026-11-19T23:05:13.000Z");
  });

  it("converts every clock time from Paris time", async () => {
    const rows = await storedRows(testDb.db);
    const parsed = parseLogText(text);
    rows.forEach((row, index) => {
      const time = parsed[index]?.time ?? "";
      expect(row.ts).toEqual(new Date(`2026-11-20T${time}+01:00`));
    });
    const [file] = await fileRows(testDb.db);
    expect(file).toMatchObject({
      startDate: "2026-11-20",
      committedOffset: Buffer.byteLength(text),
      committedLine: lineCount,
      recordCount: parsed.length,
    });
  });

  it("stores nothing on a second ingest and reports every line skipped", async () => {
    const before = (await storedRows(testDb.db)).length;
    const summary = await ingestFile(testDb.db, EXCERPT, OPTIONS);
    expect(summary).toMatchObject({
      files: 1,
      filesSkipped: 1,
      linesRead: 0,
      recordsStored: 0,
      linesSkipped: lineCount,
      errors: [],
    });
    expect(await storedRows(testDb.db)).toHaveLength(before);
  });
});
