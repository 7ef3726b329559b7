import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile, ingestPaths, type IngestOptions } from "@/lib/logs/ingest";
import { createTestDatabase, type TestDatabase } from "../database";
import {
  fileRows,
  rebuildText,
  storedRows,
  tempFolder,
  vanillaLines,
  waitFor,
} from "./helpers";

const text = (lines: string[]) => lines.join("\n") + "\n";

describe("follow mode", () => {
  let testDb: TestDatabase;
  const folder = tempFolder();
  let serverCount = 0;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
    folder.remove();
  });

  function setup() {
    serverCount += 1;
    const dir = path.join(folder.dir, `server${serverCount}`);
    mkdirSync(dir);
    const controller = new AbortController();
    const options: IngestOptions = {
      server: `live${serverCount}`,
      date: "2026-04-01",
      follow: true,
      pollIntervalMs: 20,
      idleFlushMs: 100,
      signal: controller.signal,
    };
    return { dir, latest: path.join(dir, "latest.log"), controller, options };
  }

  /** Waits until the file whose path is `file` has `lines` lines committed. */
  async function committed(file: string, lines: number) {
    await waitFor(async () => {
      const rows = await fileRows(testDb.db);
      return rows.some(
        (row) => row.path === file && row.committedLine === lines,
      );
    });
  }

  async function textOf(fileId: number | undefined) {
    if (fileId === undefined) throw new Error("no such file");
    return rebuildText(await storedRows(testDb.db, fileId)) + "\n";
  }

  it("tails latest.log across a rotation by rename", async () => {
    const { dir, latest, controller, options } = setup();
    const first = vanillaLines(220, 3600);
    const second = vanillaLines(80, 7200);
    writeFileSync(latest, text(first.slice(0, 100)));
    const running = ingestPaths(testDb.db, [dir], options);
    await committed(latest, 100);

    // A line written in two parts is read only once it is complete.
    const line = first[100] ?? "";
    appendFileSync(latest, line.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 150));
    appendFileSync(latest, `${line.slice(20)}\n${text(first.slice(101, 200))}`);
    await committed(latest, 200);

    // Lines written just before the rename are read from the renamed file.
    appendFileSync(latest, text(first.slice(200)));
    const renamed = path.join(dir, "2026-04-01-1.log");
    renameSync(latest, renamed);
    writeFileSync(latest, text(second.slice(0, 50)));
    await committed(latest, 50);
    appendFileSync(latest, text(second.slice(50)));
    await committed(latest, 80);
    controller.abort();
    const summary = await running;
    expect(summary).toMatchObject({ linesRead: 300, errors: [] });

    // Log4j then compresses the renamed file; its lines are all stored.
    const archive = `${renamed}.gz`;
    writeFileSync(archive, gzipSync(readFileSync(renamed)));
    rmSync(renamed);
    const late = await ingestFile(testDb.db, archive, {
      server: options.server,
    });
    expect(late).toMatchObject({
      linesRead: 0,
      linesSkipped: 220,
      filesSkipped: 1,
    });

    const [old, current] = await fileRows(testDb.db, options.server);
    expect(old?.path).toBe(archive);
    expect(await textOf(old?.id)).toBe(text(first));
    expect(await textOf(current?.id)).toBe(text(second));
    expect(current?.startDate).not.toBe("2026-04-01");
  });

  it("leaves lines written after a stop to the archive", async () => {
    const { dir, latest, controller, options } = setup();
    const lines = vanillaLines(80, 10800);
    writeFileSync(latest, text(lines.slice(0, 50)));
    const running = ingestPaths(testDb.db, [latest], options);
    await committed(latest, 50);
    controller.abort();
    await running;

    appendFileSync(latest, text(lines.slice(50)));
    const archive = path.join(dir, "2026-04-01-1.log.gz");
    writeFileSync(archive, gzipSync(readFileSync(latest)));
    rmSync(latest);
    const summary = await ingestFile(testDb.db, archive, {
      server: options.server,
    });
    expect(summary).toMatchObject({
      linesSkipped: 50,
      linesRead: 30,
      errors: [],
    });
    const rows = await fileRows(testDb.db, options.server);
    expect(rows).toHaveLength(1);
    expect(await textOf(rows[0]?.id)).toBe(text(lines));
  });

  it("starts over when the file is truncated and rewritten in place", async () => {
    const { dir, latest, controller, options } = setup();
    const first = vanillaLines(60, 14400);
    const second = vanillaLines(30, 18000);
    writeFileSync(latest, text(first.slice(0, 40)));
    const running = ingestPaths(testDb.db, [latest], options);
    await committed(latest, 40);

    // copytruncate: the tail written before the copy reaches only the copy.
    appendFileSync(latest, text(first.slice(40)));
    const copy = path.join(dir, "2026-04-01-1.log");
    copyFileSync(latest, copy);
    truncateSync(latest, 0);
    appendFileSync(latest, text(second));
    await committed(latest, 30);
    controller.abort();
    await running;

    await ingestFile(testDb.db, copy, { server: options.server });
    const [old, current] = await fileRows(testDb.db, options.server);
    expect(await textOf(old?.id)).toBe(text(first));
    expect(await textOf(current?.id)).toBe(text(second));
  });
});
