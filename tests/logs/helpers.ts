import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db";
import { logEvents, logFiles, servers } from "@/db/schema";

const PLAYERS = ["Steve", "Alex", "Draxe", "VioTak", "MaxiCube", "Tyrion"];

/** A temp folder for one test file, removed by the returned function. */
export function tempFolder(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "ingest-test-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function clock(seconds: number): string {
  const day = ((seconds % 86_400) + 86_400) % 86_400;
  const parts = [day / 3600, (day % 3600) / 60, day % 60].map((n) =>
    String(Math.floor(n)).padStart(2, "0"),
  );
  return parts.join(":");
}

/**
 * Generates `count` vanilla log lines of sessions, commands and chat, one
 * record per second from `startSeconds` after midnight. The clock wraps past
 * 86,400, and every 50th record is a three-line stack trace.
 */
export function vanillaLines(count: number, startSeconds = 8 * 3600): string[] {
  const lines: string[] = [];
  let record = 0;
  while (lines.length < count) {
    const at = `[${clock(startSeconds + record)}]`;
    const player = PLAYERS[record % PLAYERS.length] ?? "Steve";
    const server = `${at} [Server thread/INFO]: `;
    switch (record % 6) {
      case 0:
        lines.push(
          `${at} [User Authenticator #${record}/INFO]: UUID of player ${player} is d394da40-0ab1-3e8c-8302-4aaebe14d88d`,
        );
        break;
      case 1:
        lines.push(
          `${server}${player}[/192.0.2.${record % 250}:5${record % 1000}] logged in with entity id ${record} at ([world]${record}.5, 64.0, -${record}.25)`,
        );
        break;
      case 2:
        lines.push(`${server}${player} issued server command: /home ${record}`);
        break;
      case 3:
        lines.push(`${server}<${player}> message number ${record}`);
        break;
      case 4:
        if (record % 50 === 4) {
          lines.push(
            `${at} [Server thread/ERROR]: Exception in record ${record}`,
          );
          lines.push("java.lang.IllegalStateException: broken");
          lines.push("\tat net.minecraft.server.Main.run(Main.java:12)");
        } else {
          lines.push(`${server}${player} lost connection: Disconnected`);
        }
        break;
      default:
        lines.push(`${server}${player} left the game`);
    }
    record += 1;
  }
  return lines.slice(0, count);
}

/**
 * Glues every `every`-th line to the next one, as a damaged copy does: the
 * parser then finds two records on one line.
 */
export function glueLines(lines: string[], every = 37): string[] {
  const glued: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const next = lines[index + 1];
    if (index % every === every - 1 && next?.startsWith("[")) {
      glued.push(`${line} ${next}`);
      index += 1;
    } else {
      glued.push(line);
    }
  }
  return glued;
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

interface StoredRow {
  lineNumber: number | null;
  raw: string;
}

export async function storedRows(db: Database, fileId?: number) {
  return db
    .select()
    .from(logEvents)
    .where(fileId === undefined ? undefined : eq(logEvents.fileId, fileId))
    .orderBy(
      asc(logEvents.fileId),
      asc(logEvents.lineNumber),
      asc(logEvents.id),
    );
}

export async function fileRows(db: Database, server?: string) {
  const rows = await db
    .select({ file: logFiles, server: servers.name })
    .from(logFiles)
    .innerJoin(servers, eq(servers.id, logFiles.serverId))
    .orderBy(asc(logFiles.id));
  return rows
    .filter((row) => server === undefined || row.server === server)
    .map((row) => row.file);
}

/**
 * Rebuilds a file's text from its stored records: records on the same line
 * join without separator, records on later lines after a newline. Equal to
 * the file's text only if no line was lost or stored twice.
 */
export function rebuildText(rows: StoredRow[]): string {
  let text = "";
  let previous: number | null = null;
  for (const row of rows) {
    if (previous !== null && row.lineNumber !== previous) text += "\n";
    text += row.raw;
    previous = row.lineNumber;
  }
  return text;
}

/** Lines covered by stored records, each shared line counted once. */
export function coveredLines(rows: StoredRow[]): number {
  const lines = new Set<number>();
  for (const row of rows) {
    const count = row.raw.split("\n").length;
    for (let index = 0; index < count; index += 1) {
      lines.add((row.lineNumber ?? 0) + index);
    }
  }
  return lines.size;
}
