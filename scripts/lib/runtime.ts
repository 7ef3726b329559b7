import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { childLogger } from "@/lib/logger";

const log = childLogger("launcher");

export const DATA_DIR = path.resolve(
  process.env.BACKOFFICE_DATA_DIR ?? ".data",
);

export interface Runtime {
  databaseUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL with
 * its data under .data/. Applies pending migrations either way.
 */
export async function prepareDatabase(): Promise<Runtime> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await runMigrations(given);
    return { databaseUrl: given, embedded: false, async stop() {} };
  }
  const database = await startEmbeddedPostgres({
    dataDir: DATA_DIR,
    databaseName: "backoffice",
  });
  try {
    await runMigrations(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  process.env.DATABASE_URL = database.url;
  return { databaseUrl: database.url, embedded: true, stop: database.stop };
}

/**
 * Sets NEXTAUTH_SECRET from the environment, or from a secret generated once
 * and kept in .data/secrets.json, and lets next-auth take its origin from
 * the request so that sign-in works on any port.
 */
export function prepareAuthEnvironment(): void {
  if (!process.env.NEXTAUTH_SECRET) {
    mkdirSync(DATA_DIR, { recursive: true });
    const file = path.join(DATA_DIR, "secrets.json");
    let secrets: { nextauthSecret?: string } = {};
    if (existsSync(file)) secrets = JSON.parse(readFileSync(file, "utf8"));
    if (!secrets.nextauthSecret) {
      secrets.nextauthSecret = randomBytes(32).toString("base64url");
      writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", {
        mode: 0o600,
      });
      log.warn(
        { file },
        "NEXTAUTH_SECRET is not set: generated one for this machine and stored it; set NEXTAUTH_SECRET in production",
      );
    }
    process.env.NEXTAUTH_SECRET = secrets.nextauthSecret;
  }
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
}

/**
 * Runs a command in the foreground and resolves with its exit code.
 * Not detached: a supervisor that kills our process group must reach it.
 */
export function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Starts a long-running child, forwards SIGINT and SIGTERM to it, and calls
 * `onExit` (which stops PostgreSQL) once it has exited.
 */
export function supervise(
  command: string,
  args: string[],
  onExit: () => Promise<void>,
): ChildProcess {
  const child = spawn(command, args, { stdio: "inherit", env: process.env });
  const forward = (signal: NodeJS.Signals) => {
    log.info({ signal }, "stopping");
    child.kill(signal);
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", async (code, signal) => {
    log.info({ code, signal }, `${command} exited`);
    try {
      await onExit();
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
    }
    process.exit(code ?? 0);
  });
  return child;
}
