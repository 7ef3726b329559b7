import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";

export const TEMPLATE_DATABASE = "backoffice_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;

/**
 * Starts one throwaway PostgreSQL for the whole run (or uses DATABASE_URL's
 * server) and migrates a template database that each test file copies.
 */
export async function setup(project: TestProject) {
  process.env.LOG_LEVEL ??= "warn";
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, "postgres");
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), "backoffice-test-"));
    // mkdtemp makes the folder private; the server's OS user must enter it.
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({
      dataDir,
      databaseName: "postgres",
      ephemeral: true,
    });
    serverUrl = embedded.url;
  }

  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabase(serverUrl, TEMPLATE_DATABASE));
  project.provide("databaseServerUrl", serverUrl);
}

export async function teardown() {
  await embedded?.stop();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
