import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { dateFromFileName } from "@/lib/logs/timestamps";
import type { DemoLogFile } from "./generate-logs";

export interface DemoLogsManifest {
  generatedAt: string;
  timeZone: string;
  /** Server-local date of each server's latest.log. */
  today: string;
  servers: string[];
}

export interface DemoLogSet {
  server: string;
  /** Rotated files in order, each with the date its name carries. */
  rotated: { path: string; date: string }[];
  latest: string | null;
}

const MANIFEST = "manifest.json";

export interface WriteOptions {
  manifest: DemoLogsManifest;
  /** A real log copied beside the generated ones. */
  excerpt?: { source: string; server: string; date: string };
}

/**
 * Writes the files under root/<server>/: rotated ones gzipped, latest.log
 * plain. The folder appears whole or not at all (written aside, then
 * renamed), so an interrupted run never leaves a partial set behind.
 */
export function writeDemoLogs(
  root: string,
  files: DemoLogFile[],
  options: WriteOptions,
) {
  const staging = `${root}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const server of options.manifest.servers) {
    mkdirSync(path.join(staging, server), { recursive: true });
  }
  for (const file of files) {
    const dir = path.join(staging, file.server);
    mkdirSync(dir, { recursive: true });
    if (file.name === "latest.log")
      writeFileSync(path.join(dir, file.name), file.text);
    else writeFileSync(path.join(dir, `${file.name}.gz`), gzipSync(file.text));
  }
  const excerpt = options.excerpt;
  if (excerpt && existsSync(excerpt.source)) {
    copyFileSync(
      excerpt.source,
      path.join(staging, excerpt.server, `${excerpt.date}-9.log`),
    );
  }
  writeFileSync(
    path.join(staging, MANIFEST),
    JSON.stringify(options.manifest, null, 2) + "\n",
  );
  mkdirSync(path.dirname(root), { recursive: true });
  renameSync(staging, root);
}

export function readDemoLogs(root: string): {
  manifest: DemoLogsManifest;
  sets: DemoLogSet[];
} {
  const manifest = JSON.parse(
    readFileSync(path.join(root, MANIFEST), "utf8"),
  ) as DemoLogsManifest;
  const sets = manifest.servers.map((server) => {
    const dir = path.join(root, server);
    const names = existsSync(dir) ? readdirSync(dir).sort() : [];
    const rotated = names.flatMap((name) => {
      const date = dateFromFileName(name);
      return date && /\.log(\.gz)?$/.test(name)
        ? [{ path: path.join(dir, name), date }]
        : [];
    });
    const latest = names.includes("latest.log")
      ? path.join(dir, "latest.log")
      : null;
    return { server, rotated, latest };
  });
  return { manifest, sets };
}
