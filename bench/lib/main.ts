import { availableParallelism, loadavg } from "node:os";
import { openBenchDatabase, type BenchDatabase } from "./database";

/**
 * Opens a throwaway database, prints what the numbers were measured on,
 * runs `body` and always drops the database, also on Ctrl-C.
 */
export async function runBenchmark(
  title: string,
  body: (bench: BenchDatabase) => Promise<void>,
): Promise<void> {
  const bench = await openBenchDatabase();
  const stop = () => {
    console.error("\ninterrupted: dropping the benchmark database");
    bench.close().finally(() => process.exit(130));
  };
  process.once("SIGINT", stop);
  // A closed pipe (| head) must not kill the process before the cleanup.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  const load = loadavg().map((value) => value.toFixed(2));
  console.log(`\n## ${title}\n`);
  console.log(
    `${new Date().toISOString()} | node ${process.version} | ` +
      `PostgreSQL ${bench.serverVersion} (${bench.where}) | ` +
      `${availableParallelism()} cores | load ${load.join(" ")}\n`,
  );
  try {
    await body(bench);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    process.off("SIGINT", stop);
    await bench.close();
  }
}
