import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile, ingestPaths, type FileResult } from "@/lib/logs/ingest";
import { createTestDatabase, type TestDatabase } from "../database";
import {
  fileRows,
  rebuildText,
  storedRows,
  tempFolder,
  vanillaLines,
} from "./helpers";

describe("folders, rotated names and dates", () => {
  let testDb: TestDatabase;
  const folder = tempFolder();

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
    folder.remove();
  });

  function write(relative: string, lines: string[], gzip = false) {
    const file = path.join(folder.dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    const text = lines.join("\n") + "\n";
    writeFileSync(file, gzip ? gzipSync(text) : text);
    return file;
  }

  it("walks a folder in date order with latest.log last", async () => {
    // Distinct start times give each file its own head.
    const files = [
      write("logs/2026-01-02-1.log.gz", vanillaLines(40, 3600), true),
      write("logs/2026-01-01-10.log.gz", vanillaLines(40, 7200), true),
      write("logs/latest.log", vanillaLines(40, 10800)),
      write("logs/2026-01-01-2.log.gz", vanillaLines(40, 14400), true),
      write("logs/2026-01-01-1.log.gz", vanillaLines(40, 18000), true),
      write("logs/old/2025-12-31-1.log", vanillaLines(40, 21600)),
    ];
    write("logs/notes.txt", ["not a log"]);
    const done: FileResult[] = [];
    const summary = await ingestPaths(
      testDb.db,
      [path.join(folder.dir, "logs")],
      {
        server: "lobby",
        date: "2026-01-03",
        onFileDone: (result) => done.push(result),
      },
    );
    expect(
      done.map((result) => path.relative(folder.dir, result.file)),
    ).toEqual([
      "logs/2026-01-01-1.log.gz",
      "logs/2026-01-01-2.log.gz",
      "logs/2026-01-01-10.log.gz",
      "logs/2026-01-02-1.log.gz",
      "logs/latest.log",
      "logs/old/2025-12-31-1.log",
    ]);
    expect(summary).toMatchObject({
      files: 6,
      filesSkipped: 0,
      linesRead: 240,
      errors: [],
    });

    const stored = await fileRows(testDb.db);
    const latest = stored.find((file) => file.path === files[2]);
    expect(latest?.startDate).toBe("2026-01-03");
    const rows = await storedRows(testDb.db, latest?.id);
    expect(rows[0]?.ts.toISOString()).toBe("2026-01-03T03:00:00.000Z");

    const again = await ingestPaths(testDb.db, [folder.dir], {
      server: "lobby",
    });
    expect(again).toMatchObject({
      files: 6,
      filesSkipped: 6,
      linesRead: 0,
      linesSkipped: 240,
    });
  });

  it("reports a missing path and still ingests the others", async () => {
    const file = write("other/2026-01-05-1.log", vanillaLines(10, 25200));
    const summary = await ingestPaths(
      testDb.db,
      [path.join(folder.dir, "missing"), file],
      { server: "lobby" },
    );
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]?.file).toBe(path.join(folder.dir, "missing"));
    expect(summary).toMatchObject({ files: 1, linesRead: 10 });
  });

  it("rolls over midnight in the server's time zone", async () => {
    // Paris switches to summer time at 02:00 on 2026-03-29.
    const file = write(
      "paris/2026-03-28-1.log",
      vanillaLines(3 * 3600, 86_400 - 60),
    );
    await ingestFile(testDb.db, file, {
      server: "paris",
      timeZone: "Europe/Paris",
    });
    const [record] = (await fileRows(testDb.db)).filter((f) => f.path === file);
    const rows = await storedRows(testDb.db, record?.id);
    const at = (time: string) =>
      rows.find((row) => row.raw.startsWith(`[${time}]`))?.ts;
    expect(at("23:59:00")?.toISOString()).toBe("2026-03-28T22:59:00.000Z");
    expect(at("00:00:05")?.toISOString()).toBe("2026-03-28T23:00:05.000Z");
    expect(at("01:59:59")?.toISOString()).toBe("2026-03-29T00:59:59.000Z");
    expect(at("02:00:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    for (let index = 1; index < rows.length; index += 1) {
      const [before, after] = [rows[index - 1]?.ts, rows[index]?.ts];
      expect(after?.getTime()).toBeGreaterThanOrEqual(before?.getTime() ?? 0);
    }
  });

  it("dates a file without date from its modification time", async () => {
    const file = write("plain/server.log", [
      "A banner line without prefix",
      "[10:00:00] [Server thread/INFO]: Steve joined the game",
    ]);
    // 22:30 UTC on 15 June is already 16 June in Paris.
    const modified = new Date("2025-06-15T22:30:00Z");
    utimesSync(file, modified, modified);
    const summary = await ingestFile(testDb.db, file, {
      server: "dated",
      timeZone: "Europe/Paris",
    });
    expect(summary).toMatchObject({ recordsStored: 2, unknownRecords: 1 });
    const [record] = (await fileRows(testDb.db)).filter((f) => f.path === file);
    expect(record?.startDate).toBe("2025-06-16");
    const rows = await storedRows(testDb.db, record?.id);
    expect(rows.map((row) => [row.kind, row.ts.toISOString()])).toEqual([
      ["unknown", "2025-06-15T22:00:00.000Z"],
      ["join", "2025-06-16T08:00:00.000Z"],
    ]);
    expect(rebuildText(rows)).toBe(
      "A banner line without prefix\n[10:00:00] [Server thread/INFO]: Steve joined the game",
    );
  });
});
