// Log ingestion throughput: ingestPaths on a generated vanilla log, plain
// and gzip. npx tsx bench/ingest.ts [--lines N] [--runs N]
import "./lib/quiet";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ingestPaths } from "@/lib/logs/ingest";
import { parseLogText } from "@/lib/logs/parser";
import { generateVanillaLog } from "./ingest/generate-log";
import { readIntegerOptions } from "./lib/args";
import type { BenchDatabase } from "./lib/database";
import { runBenchmark } from "./lib/main";
import { timed } from "./lib/stats";
import { printTable } from "./lib/table";
import { throughputRow, type Timing } from "./ingest/throughput";

const USAGE = `Usage: npx tsx bench/ingest.ts [--lines N] [--runs N] [--batch-size N]

  --lines N       lines of the generated log (default 200000)
  --runs N        timed runs of each phase (default 3)
  --batch-size N  records per transaction (default 1000, ingest's default)`;

const options = readIntegerOptions(USAGE, {
  lines: 200_000,
  runs: 3,
  "batch-size": 1_000,
});

// The file name carries the date of its first line, as rotated logs do.
const FILE = "2026-11-02-1.log";

async function ingestTimes(
  bench: BenchDatabase,
  file: string,
  fresh: boolean,
): Promise<Timing> {
  if (fresh) {
    await bench.pool.query("truncate log_events, log_files restart identity");
  }
  const { ms, result } = await timed(() =>
    ingestPaths(bench.db, [file], {
      server: "survival",
      timeZone: "Europe/Paris",
      batchSize: options["batch-size"],
    }),
  );
  if (result.errors.length > 0) {
    throw new Error(`ingest failed: ${JSON.stringify(result.errors)}`);
  }
  return { ms, lines: result.linesRead, records: result.recordsStored };
}

async function repeat(task: () => Promise<Timing>): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (let n = 0; n < options.runs; n += 1) timings.push(await task());
  return timings;
}

await runBenchmark("Log ingestion (ingestPaths)", async (bench) => {
  const folder = await mkdtemp(path.join(tmpdir(), "backoffice-bench-logs-"));
  try {
    const text = generateVanillaLog(options.lines);
    const plain = path.join(folder, "plain", FILE);
    const gzip = path.join(folder, "gzip", `${FILE}.gz`);
    await mkdir(path.dirname(plain));
    await mkdir(path.dirname(gzip));
    await writeFile(plain, text);
    await writeFile(gzip, gzipSync(text));
    const bytes = Buffer.byteLength(text);
    const zipped = (await readFile(gzip)).length;
    console.log(
      `${options.lines.toLocaleString("en-US")} lines, ` +
        `${(bytes / 1e6).toFixed(1)} MB plain, ${(zipped / 1e6).toFixed(1)} MB gzip; ` +
        `${options.runs} runs per phase, batch size ${options["batch-size"]}, ` +
        "each ingest into emptied tables.\n",
    );

    const parse = await repeat(async () => {
      const content = await readFile(plain, "utf8");
      const { ms, result } = await timed(() => parseLogText(content));
      return { ms, lines: options.lines, records: result.length };
    });
    const rows = [throughputRow("parser alone (parseLogText)", parse)];
    for (const [label, file] of [
      ["plain", plain],
      ["gzip", gzip],
    ] as const) {
      rows.push(
        throughputRow(
          `ingest ${label}`,
          await repeat(() => ingestTimes(bench, file, true)),
        ),
        throughputRow(
          `re-run ${label} (all skipped)`,
          await repeat(() => ingestTimes(bench, file, false)),
        ),
      );
    }
    printTable(
      [
        "phase",
        "lines",
        "records",
        "median ms",
        "min ms",
        "max ms",
        "lines/s",
        "records/s",
      ],
      rows,
    );
    console.log(
      "\nlines/s and records/s use the median time; a re-run stores nothing.",
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
