import { existsSync } from "node:fs";
import path from "node:path";
import { and, asc, gt, isNull } from "drizzle-orm";
import type { Database } from "@/db";
import { bans, customers } from "@/db/schema";
import {
  DEMO_LOG_SERVERS,
  DEMO_LOG_TIME_ZONE,
  generateDemoLogs,
  type DemoLogPlayer,
} from "@/lib/demo/generate-logs";
import { readDemoLogs, writeDemoLogs } from "@/lib/demo/log-files";
import { shiftDate } from "@/lib/demo/zone-clock";
import { ingestPaths, type IngestSummary } from "@/lib/logs/ingest";
import { formatCount, progress } from "./terminal";

const WINDOW_MS = 8 * 24 * 3_600_000;
const EXCERPT = path.join(
  process.cwd(),
  "fixtures",
  "logs",
  "seed-excerpt.log",
);

/**
 * Generates the demo logs from the customers in the database, once: an
 * existing folder is kept, so that a second run ingests nothing again.
 */
export async function ensureDemoLogs(
  db: Database,
  root: string,
): Promise<{ generated: boolean; files: number; lines: number }> {
  if (existsSync(root)) return { generated: false, files: 0, lines: 0 };
  const since = new Date(Date.now() - WINDOW_MS);
  const rows = await db
    .select({
      id: customers.id,
      name: customers.playerName,
      uuid: customers.minecraftUuid,
      joinedAt: customers.joinedAt,
      lastSeenAt: customers.lastSeenAt,
    })
    .from(customers)
    .where(gt(customers.lastSeenAt, since))
    .orderBy(asc(customers.id));
  // Players banned lately show what got them banned.
  const banned = await db
    .select({ id: bans.customerId })
    .from(bans)
    .where(and(isNull(bans.revokedAt), gt(bans.createdAt, since)));
  const bannedIds = new Set(banned.map((row) => row.id));
  const players: DemoLogPlayer[] = rows.map((row) => ({
    ...row,
    suspicious: bannedIds.has(row.id),
  }));

  const files = generateDemoLogs({ players, now: new Date() });
  const today = files.find((file) => file.name === "latest.log")!.date;
  writeDemoLogs(root, files, {
    manifest: {
      generatedAt: new Date().toISOString(),
      timeZone: DEMO_LOG_TIME_ZONE,
      today,
      servers: [...DEMO_LOG_SERVERS],
    },
    excerpt: {
      source: EXCERPT,
      server: DEMO_LOG_SERVERS[0],
      date: shiftDate(today, -1),
    },
  });
  const lines = files.reduce(
    (sum, file) => sum + file.text.split("\n").length - 1,
    0,
  );
  return { generated: true, files: files.length, lines };
}

/** Ingests each server's folder; files already ingested are skipped. */
export async function ingestDemoLogs(
  db: Database,
  root: string,
): Promise<IngestSummary> {
  const { manifest, sets } = readDemoLogs(root);
  const total: IngestSummary = {
    files: 0,
    filesSkipped: 0,
    linesRead: 0,
    recordsStored: 0,
    unknownRecords: 0,
    linesSkipped: 0,
    errors: [],
  };
  for (const set of sets) {
    const count = set.rotated.length + (set.latest ? 1 : 0);
    let done = 0;
    let lines = 0;
    const summary = await ingestPaths(db, [path.join(root, set.server)], {
      server: set.server,
      timeZone: manifest.timeZone,
      // Only latest.log needs it: rotated files carry their date.
      date: manifest.today,
      onFileDone(result) {
        done += 1;
        lines += result.linesRead;
        progress(
          `${set.server}: ${done}/${count} files, ${formatCount(lines)} new lines`,
        );
      },
    });
    total.files += summary.files;
    total.filesSkipped += summary.filesSkipped;
    total.linesRead += summary.linesRead;
    total.recordsStored += summary.recordsStored;
    total.unknownRecords += summary.unknownRecords;
    total.linesSkipped += summary.linesSkipped;
    total.errors.push(...summary.errors);
  }
  return total;
}
