import {
  DEFAULT_PAGE_SIZE,
  type FilterParam,
  type LogFilters,
} from "./filters";
import { formatUtcInput } from "./utc-input";

/** Builds the canonical URL params of `filters`, without the cursor. */
export function filterSearchParams(filters: LogFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.from) out.set("from", formatUtcInput(filters.from));
  if (filters.to) out.set("to", formatUtcInput(filters.to));
  if (filters.serverId !== null) out.set("server", String(filters.serverId));
  const who = filters.playerName ?? filters.playerUuid;
  if (who) out.set("player", who);
  if (filters.kinds.length) out.set("kind", filters.kinds.join(","));
  if (filters.levels.length) out.set("level", filters.levels.join(","));
  if (filters.q) out.set("q", filters.q);
  if (filters.size !== DEFAULT_PAGE_SIZE) out.set("size", String(filters.size));
  return out;
}

/** Builds a /logs link from `filters` and `changes` (null removes a param). */
export function logsHref(
  filters: LogFilters,
  changes: Partial<Record<FilterParam, string | null>> = {},
): string {
  const params = filterSearchParams(filters);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `/logs?${query}` : "/logs";
}
