import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConnection } from "@/db";
import { servers } from "@/db/schema";
import { ingestFile, type IngestOptions } from "@/lib/logs/ingest";
import { HEAD_LENGTH } from "@/lib/logs/ingest/source";
import { parseLogText } from "@/lib/logs/parser";
import { createTestDatabase, type TestDatabase } from "../database";
import {
  coveredLines,
  fileRows,
  glueLines,
  rebuildText,
  storedRows,
  tempFolder,
  vanillaLines,
} from "./helpers";

const SEED = path.join(process.cwd(), "fixtures/logs/seed-excerpt.log");

describe("exactly-once ingestion", () => {
  let testDb: TestDatabase;
  const folder = tempFolder();
  const text = glueLines(vanillaLines(3000)).join("\n") + "\n";
  const lineCount = text.split("\n").length - 1;
  const plain = path.join(folder.dir, "2026-02-03-1.log");
  writeFileSync(plain, text);
  let serverCount = 0;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
    folder.remove();
  });

  function options(extra: Partial<IngestOptions> = {}): IngestOptions {
    serverCount += 1;
    return { server: `s${serverCount}`, batchSize: 200, ...extra };
  }

  async function rowsOf(server: string) {
    const [row] = await testDb.db
      .select({ id: servers.id })
      .from(servers)
      .where(eq(servers.name, server));
    const rows = await storedRows(testDb.db);
    return rows.filter((r) => r.serverId === row?.id);
  }

  async function expectComplete(server: string, expected = text) {
    const rows = await rowsOf(server);
    expect(rows.map((r) => r.raw)).toEqual(
      parseLogText(expected).map((r) => r.raw),
    );
    expect(rebuildText(rows)).toBe(expected.replace(/\n$/, ""));
    expect(coveredLines(rows)).toBe(expected.split("\n").length - 1);
  }

  it("resumes after a crash between batches without loss or duplicates", async () => {
    const run = options();
    let batches = 0;
    const crashed = await ingestFile(testDb.db, plain, {
      ...run,
      testHooks: {
        afterBatch: () => {
          batches += 1;
          if (batches === 4) throw new Error("simulated crash");
        },
      },
    });
    expect(crashed.errors).toEqual([
      { file: plain, message: "simulated crash" },
    ]);
    // A batch ends early rather than split a line holding two records.
    expect(crashed.recordsStored).toBeGreaterThan(790);
    expect(crashed.recordsStored).toBeLessThanOrEqual(800);
    expect(await rowsOf(run.server)).toHaveLength(crashed.recordsStored);

    const resumed = await ingestFile(testDb.db, plain, run);
    expect(resumed.errors).toEqual([]);
    expect(resumed.linesSkipped + resumed.linesRead).toBe(lineCount);
    expect(crashed.linesRead + resumed.linesRead).toBe(lineCount);
    await expectComplete(run.server);
  });

  it("rolls back a batch whose transaction fails", async () => {
    const run = options();
    const failed = await ingestFile(testDb.db, plain, {
      ...run,
      testHooks: {
        beforeCommit: ({ batch }) => {
          if (batch === 3) throw new Error("lost connection");
        },
      },
    });
    expect(failed.recordsStored).toBeGreaterThan(390);
    expect(failed.recordsStored).toBeLessThanOrEqual(400);
    expect(await rowsOf(run.server)).toHaveLength(failed.recordsStored);
    await ingestFile(testDb.db, plain, run);
    await expectComplete(run.server);
  });

  it.each([1, 2, 3])(
    "never cuts between two records of one line (batch size %i)",
    async (batchSize) => {
      const seed = readFileSync(SEED, "utf8");
      const run = options({ batchSize, date: "2026-11-20" });
      // Each run commits one batch and then crashes.
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const summary = await ingestFile(testDb.db, SEED, {
          ...run,
          testHooks: {
            afterBatch: () => {
              throw new Error("crash");
            },
          },
        });
        if (summary.errors.length === 0) break;
        expect(summary.recordsStored).toBeGreaterThan(0);
      }
      await expectComplete(run.server, seed);
      const rows = await rowsOf(run.server);
      expect(rows.filter((r) => r.lineNumber === 6)).toHaveLength(2);
    },
  );

  it("stores only the new lines of a file that grew", async () => {
    const run = options();
    const grown = path.join(folder.dir, "2026-02-04-1.log");
    const lines = vanillaLines(1500, 3600);
    writeFileSync(grown, lines.slice(0, 1000).join("\n") + "\n");
    const first = await ingestFile(testDb.db, grown, run);
    expect(first.linesRead).toBe(1000);

    appendFileSync(grown, lines.slice(1000).join("\n") + "\n");
    const second = await ingestFile(testDb.db, grown, run);
    expect(second).toMatchObject({ linesSkipped: 1000, linesRead: 500 });
    expect(second.recordsStored).toBe(
      parseLogText(lines.slice(1000).join("\n")).length,
    );
    await expectComplete(run.server, lines.join("\n") + "\n");
  });

  it("recognises a small file that grew", async () => {
    const run = options();
    const small = path.join(folder.dir, "2026-02-05-1.log");
    const lines = vanillaLines(1500, 7200);
    writeFileSync(small, lines.slice(0, 3).join("\n") + "\n");
    await ingestFile(testDb.db, small, run);
    const [before] = await fileRows(testDb.db, run.server);
    expect(before?.headLength).toBeLessThan(HEAD_LENGTH);

    appendFileSync(small, lines.slice(3).join("\n") + "\n");
    const second = await ingestFile(testDb.db, small, run);
    expect(second).toMatchObject({ linesSkipped: 3, linesRead: 1497 });
    const after = await fileRows(testDb.db, run.server);
    expect(after.map((file) => [file.id, file.headLength])).toEqual([
      [before?.id, HEAD_LENGTH],
    ]);
    await expectComplete(run.server, lines.join("\n") + "\n");
  });

  it("keeps archives of different dates apart despite equal heads", async () => {
    const run = options();
    // The same start-up lines at the same times on two days: the heads are
    // equal, only the names' dates tell the files apart.
    const text = vanillaLines(40, 4 * 3600).join("\n") + "\n";
    const first = path.join(folder.dir, "2026-03-01-1.log");
    const second = path.join(folder.dir, "2026-03-02-1.log");
    writeFileSync(first, text);
    writeFileSync(second, text);
    await ingestFile(testDb.db, first, run);
    const summary = await ingestFile(testDb.db, second, run);
    expect(summary.linesSkipped).toBe(0);
    expect(summary.linesRead).toBe(40);
    const files = await fileRows(testDb.db, run.server);
    expect(files.map((file) => file.startDate).sort()).toEqual([
      "2026-03-01",
      "2026-03-02",
    ]);
  });

  it("reads gzip by its magic bytes and resumes a partly ingested archive", async () => {
    const run = options();
    const cut = text.indexOf("\n", Math.floor(text.length / 3)) + 1;
    const live = path.join(folder.dir, "latest.log");
    writeFileSync(live, text.slice(0, cut));
    await ingestFile(testDb.db, live, { ...run, date: "2026-02-03" });

    // The rotated archive holds the whole file; only the rest is new.
    const archive = path.join(folder.dir, "2026-02-03-2.log.gz");
    writeFileSync(archive, gzipSync(text));
    const resumed = await ingestFile(testDb.db, archive, run);
    const firstLines = text.slice(0, cut).split("\n").length - 1;
    expect(resumed).toMatchObject({
      linesSkipped: firstLines,
      linesRead: lineCount - firstLines,
      errors: [],
    });
    await expectComplete(run.server);

    const misnamed = path.join(folder.dir, "copy.log");
    writeFileSync(misnamed, gzipSync(text));
    const again = await ingestFile(testDb.db, misnamed, run);
    expect(again).toMatchObject({ filesSkipped: 1, linesSkipped: lineCount });
    const fresh = options();
    await ingestFile(testDb.db, misnamed, { ...fresh, date: "2026-02-03" });
    await expectComplete(fresh.server);
  });

  it("reports a corrupt archive and keeps what it read", async () => {
    const run = options();
    const broken = path.join(folder.dir, "2026-02-06-1.log.gz");
    const zipped = gzipSync(text);
    writeFileSync(broken, zipped.subarray(0, Math.floor(zipped.length / 2)));
    const summary = await ingestFile(testDb.db, broken, run);
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]?.message).toMatch(/end of file/);
    const rows = await rowsOf(run.server);
    expect(rows.length).toBe(summary.recordsStored);
    expect(text.startsWith(rebuildText(rows))).toBe(true);
  });

  it("stores each line once when two ingests of one file run at once", async () => {
    // A short pause after each batch lets the two writers interleave.
    const run = options({
      batchSize: 50,
      testHooks: { afterBatch: () => new Promise((r) => setTimeout(r, 2)) },
    });
    const clean = options();
    await ingestFile(testDb.db, plain, clean);
    const single = (await rowsOf(clean.server)).length;

    const first = createConnection(testDb.url, 4);
    const second = createConnection(testDb.url, 4);
    try {
      const results = await Promise.all([
        ingestFile(first.db, plain, run),
        ingestFile(second.db, plain, run),
      ]);
      expect(results.flatMap((r) => r.errors)).toEqual([]);
      expect(results[0].linesRead).toBeGreaterThan(0);
      expect(results[1].linesRead).toBeGreaterThan(0);
      expect(results[0].linesRead + results[1].linesRead).toBe(lineCount);
      expect(results[0].recordsStored + results[1].recordsStored).toBe(single);
    } finally {
      await Promise.all([first.pool.end(), second.pool.end()]);
    }
    expect(await rowsOf(run.server)).toHaveLength(single);
    await expectComplete(run.server);
  });
});
