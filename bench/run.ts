// npm run bench: the three benchmarks in turn, each in its own process with
// its own throwaway database, at the sizes the goals in bench/README.md name
// (about 2 minutes on 2 cores).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const folder = path.dirname(fileURLToPath(import.meta.url));

const BENCHMARKS: [string, string[]][] = [
  ["ingest.ts", ["--lines", "200000", "--runs", "3"]],
  ["log-queries.ts", ["--rows", "1000000", "--runs", "20"]],
  ["customers.ts", ["--customers", "100000", "--runs", "20"]],
];

const started = Date.now();
let failed = 0;
for (const [file, args] of BENCHMARKS) {
  // execArgv carries tsx's loader flags, so the child runs TypeScript too.
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, path.join(folder, file), ...args],
    { stdio: "inherit" },
  );
  if (child.status !== 0) {
    failed += 1;
    console.error(`${file} failed (exit ${child.status ?? child.signal})`);
  }
}
console.log(
  `\nAll benchmarks done in ${((Date.now() - started) / 60_000).toFixed(1)} min` +
    (failed ? `; ${failed} failed.` : "."),
);
process.exit(failed ? 1 : 0);
