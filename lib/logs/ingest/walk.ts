import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { dateFromFileName } from "../timestamps";

const LOG_NAME = /\.log(?:\.gz)?$/i;
// The rotation number follows the date: "2021-06-16-2.log.gz".
const ROTATION_INDEX = /\d{4}-\d{2}-\d{2}-(\d+)/;

export interface FoundFile {
  path: string;
  size: number;
}

/**
 * Expands files and folders into the log files to ingest. Folders are
 * walked recursively for *.log and *.log.gz; a file named explicitly is
 * taken whatever its name. A path that does not exist throws.
 */
export async function listLogFiles(paths: string[]): Promise<FoundFile[]> {
  const found = new Map<string, FoundFile>();
  for (const input of paths) {
    const absolute = path.resolve(input);
    const info = await stat(absolute);
    if (info.isDirectory()) {
      for (const file of await walk(absolute)) found.set(file.path, file);
    } else {
      found.set(absolute, { path: absolute, size: info.size });
    }
  }
  const files = [...found.values()];
  const order = sortLogPaths(files.map((file) => file.path));
  return order.map((file) => found.get(file) as FoundFile);
}

async function walk(folder: string): Promise<FoundFile[]> {
  const files: FoundFile[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await walk(full)));
    } else if (LOG_NAME.test(entry.name)) {
      // Symbolic links to files count; links to folders are not followed.
      const info = await stat(full).catch(() => null);
      if (info?.isFile()) files.push({ path: full, size: info.size });
    }
  }
  return files;
}

/**
 * Orders files folder by folder: rotated archives by date then rotation
 * number (2021-06-16-2 before 2021-06-16-10), then other files by name,
 * then latest.log, which contains the newest lines.
 */
export function sortLogPaths(paths: string[]): string[] {
  return [...paths].sort(compareLogPaths);
}

function compareLogPaths(a: string, b: string): number {
  const folder = compare(path.dirname(a), path.dirname(b));
  if (folder !== 0) return folder;
  const [keyA, keyB] = [sortKey(a), sortKey(b)];
  return (
    keyA.rank - keyB.rank ||
    compare(keyA.date, keyB.date) ||
    keyA.index - keyB.index ||
    compare(path.basename(a), path.basename(b))
  );
}

function sortKey(file: string) {
  const name = path.basename(file);
  const date = dateFromFileName(name);
  if (date) {
    const index = Number(ROTATION_INDEX.exec(name)?.[1] ?? 0);
    return { rank: 0, date, index };
  }
  const latest = /^latest\.log$/i.test(name);
  return { rank: latest ? 2 : 1, date: "", index: 0 };
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/**
 * Picks the files that follow mode tails: every latest.log, or the single
 * file given when there is no latest.log.
 */
export function followTargets(files: FoundFile[]): FoundFile[] {
  const latest = files.filter((file) =>
    /^latest\.log$/i.test(path.basename(file.path)),
  );
  if (latest.length > 0) return latest;
  return files.length === 1 ? files : [];
}
