import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

/**
 * Loads messages/<locale>/*.json; each file is one namespace named after it
 * (customers.json -> "customers"), so each area owns its own file.
 */
export function loadMessages(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const dir = path.join(process.cwd(), "messages", locale);
  const messages: Messages = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".json")) continue;
    const namespace = file.slice(0, -".json".length);
    messages[namespace] = JSON.parse(
      readFileSync(path.join(dir, file), "utf8"),
    );
  }
  cache.set(locale, messages);
  return messages;
}
