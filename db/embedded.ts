import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { arch, platform } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { childLogger } from "@/lib/logger";

const log = childLogger("embedded-postgres");
const run = promisify(execFile);

const DB_USER = "postgres";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

interface StartOptions {
  // Folder that contains the cluster; created and initialised when empty.
  dataDir: string;
  databaseName: string;
  // Deletes the cluster on stop (for tests).
  ephemeral?: boolean;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

interface OsUser {
  uid: number;
  gid: number;
}

/**
 * Starts a real PostgreSQL server from the binaries of the embedded-postgres
 * packages, creating the cluster on first use, and returns a connection URL.
 *
 * The server is started with pg_ctl, which detaches it from the terminal: a
 * Ctrl-C reaches our process, which then stops the server in order, instead
 * of killing the server under a running app. When another live process of
 * ours already runs a server on this cluster, it is shared, not restarted.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS
 * user, which must be able to reach the data folder.
 */
export async function startEmbeddedPostgres(
  options: StartOptions,
): Promise<EmbeddedDatabase> {
  const dataDir = chooseReachableDir(options.dataDir);
  const clusterDir = path.join(dataDir, "pg");
  const password = readOrCreatePassword(dataDir);
  const binaries = await loadBinaries();
  const owner = isRoot() ? ensurePostgresUser() : undefined;

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await initialiseCluster(binaries, clusterDir, password, owner);
  }

  const launcherFile = path.join(dataDir, "launcher.pid");
  const running = readRunningServer(clusterDir);
  let port: number;
  let owned: boolean;
  if (running && isAlive(readPid(launcherFile))) {
    port = running.port;
    owned = false;
    log.info({ port, clusterDir }, "sharing the PostgreSQL already running");
  } else {
    if (running) {
      // Its launcher died (SIGKILL, crash): adopt the server as it is.
      log.warn({ pid: running.pid }, "adopting a PostgreSQL left running");
      port = running.port;
    } else {
      port = await startServer(binaries, clusterDir, owner);
    }
    writeFileSync(launcherFile, `${process.pid}\n`);
    owned = true;
  }

  const url =
    `postgres://${DB_USER}:${encodeURIComponent(password)}` +
    `@127.0.0.1:${port}/${options.databaseName}`;
  await createDatabaseIfMissing(url, options.databaseName);

  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped || !owned) return;
      stopped = true;
      await stopServer(binaries, clusterDir, owner);
      rmSync(launcherFile, { force: true });
      if (options.ephemeral) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function loadBinaries(): Promise<Binaries> {
  // embedded-postgres ships one optional package per platform. Importing the
  // package itself would install exit handlers that call process.exit.
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(/* webpackIgnore: true */ name)) as Binaries;
  } catch (error) {
    throw new Error(
      `The PostgreSQL binaries for ${platform()}-${arch()} (${name}) are not ` +
        "installed. Run `npm ci`, or set DATABASE_URL to use another server.",
      { cause: error },
    );
  }
}

async function initialiseCluster(
  binaries: Binaries,
  clusterDir: string,
  password: string,
  owner: OsUser | undefined,
): Promise<void> {
  log.info({ clusterDir }, "initialising a new PostgreSQL cluster");
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (owner) chownSync(clusterDir, owner.uid, owner.gid);
  const passwordFile = path.join(clusterDir, "..", `.pwfile-${process.pid}`);
  writeFileSync(passwordFile, password + "\n", { mode: 0o600 });
  if (owner) chownSync(passwordFile, owner.uid, owner.gid);
  try {
    await run(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        `--username=${DB_USER}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // The builtin provider gives Unicode-aware lower() and upper() without
        // depending on the locales installed on the machine.
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
      ],
      { ...owner, env: { ...process.env, LC_ALL: "C" } },
    );
  } catch (error) {
    throw new Error(`initdb failed in ${clusterDir}: ${outputOf(error)}`, {
      cause: error,
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

async function startServer(
  binaries: Binaries,
  clusterDir: string,
  owner: OsUser | undefined,
): Promise<number> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (existsSync(pidFile)) rmSync(pidFile);
  const port = await findFreePort();
  const serverOptions = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    // TCP only: no Unix socket, so no socket folder to share with the
    // server's OS user.
    "-c unix_socket_directories=''",
  ].join(" ");
  try {
    await run(
      binaries.pg_ctl,
      [
        "start",
        "--wait",
        "--timeout=60",
        `--pgdata=${clusterDir}`,
        `--log=${path.join(clusterDir, "server.log")}`,
        `--options=${serverOptions}`,
      ],
      { ...owner, env: { ...process.env, LC_ALL: "C" } },
    );
  } catch (error) {
    throw new Error(
      `PostgreSQL failed to start in ${clusterDir} on port ${port}: ` +
        `${outputOf(error)} See ${path.join(clusterDir, "server.log")}.`,
      { cause: error },
    );
  }
  log.info({ port, clusterDir }, "embedded PostgreSQL started");
  return port;
}

async function stopServer(
  binaries: Binaries,
  clusterDir: string,
  owner: OsUser | undefined,
): Promise<void> {
  try {
    await run(
      binaries.pg_ctl,
      ["stop", "--wait", "--mode=fast", `--pgdata=${clusterDir}`],
      { ...owner, env: { ...process.env, LC_ALL: "C" } },
    );
    log.info({ clusterDir }, "embedded PostgreSQL stopped");
  } catch (error) {
    log.error({ err: error, clusterDir }, "embedded PostgreSQL failed to stop");
  }
}

/** Reads postmaster.pid; returns the server when its process is alive. */
function readRunningServer(
  clusterDir: string,
): { pid: number; port: number } | null {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!isAlive(pid) || !Number.isInteger(port)) return null;
  return { pid, port };
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number | null): boolean {
  if (!pid || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function ensurePostgresUser(): OsUser {
  const lookup = () => ({
    uid: Number(execFileSync("id", ["-u", DB_USER]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", DB_USER]).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    log.info("creating the postgres OS user to run the server");
    execFileSync("useradd", [
      "--system",
      "--user-group",
      "--no-create-home",
      DB_USER,
    ]);
    return lookup();
  }
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
  chmodSync(path.dirname(fallback), 0o755);
  chmodSync(fallback, 0o755);
  log.warn(
    { preferred: absolute, fallback },
    "the postgres OS user cannot reach the data folder; using the fallback",
  );
  return fallback;
}

function postgresCanReach(dir: string): boolean {
  try {
    execFileSync("su", [DB_USER, "-s", "/bin/sh", "-c", 'test -x "$0"', dir], {
      stdio: "ignore",
    });
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

async function createDatabaseIfMissing(url: string, name: string) {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    const found = await client.query(
      "select 1 from pg_database where datname = $1",
      [name],
    );
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`);
    }
  } catch (error) {
    // Two launchers sharing a server may both try to create it.
    if ((error as { code?: string }).code !== "42P04") throw error;
  } finally {
    await client.end();
  }
}

function outputOf(error: unknown): string {
  const failure = error as { stderr?: string; message?: string };
  return (failure.stderr || failure.message || String(error)).trim();
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
