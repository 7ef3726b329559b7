import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// Inputs of `next build`: sources and the files that configure it.
const SOURCE_DIRS = ["app", "components", "lib", "db", "messages"];
const CONFIG_FILES = [
  "next.config.ts",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
];

function newestIn(dir: string, newerThan: number): string | null {
  if (!existsSync(dir)) return null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = newestIn(full, newerThan);
      if (found) return found;
    } else if (
      !/\.test\.tsx?$/.test(entry.name) &&
      statSync(full).mtimeMs > newerThan
    ) {
      return full;
    }
  }
  return null;
}

/**
 * Says why the app needs building: no build in `distDir` yet, or a source
 * or config file changed after it. Null when the build is up to date.
 */
export function buildNeeded(root: string, distDir: string): string | null {
  const buildId = path.resolve(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return `no build in ${distDir}/ yet`;
  const builtAt = statSync(buildId).mtimeMs;
  for (const file of CONFIG_FILES) {
    const full = path.join(root, file);
    if (existsSync(full) && statSync(full).mtimeMs > builtAt)
      return `${file} changed`;
  }
  for (const dir of SOURCE_DIRS) {
    const changed = newestIn(path.join(root, dir), builtAt);
    if (changed) return `${path.relative(root, changed)} changed`;
  }
  return null;
}
