import { normaliseLevel } from "../kinds";

import { group, matchAt } from "./match";
import {
  emptyHead,
  loggerName,
  parsePrefix,
  TIME,
  type Family,
  type Head,
} from "./prefix";

// Damaged logs lose the start of a line or glue two lines into one. These
// patterns find what is left of a prefix.

// A damaged line that lost its time: "[Server thread/INFO]: message".
const FRAGMENT_PREFIX =
  /\[ *([^\]/\s][^\]]*)\/([^/\]\s]+) *\](?: \[([^\]]*)\])?: */y;
// A damaged line that contains only a time: "[00:04:52]" or "00:04:52]".
export const TIME_ONLY = new RegExp(
  String.raw`\[?(?:(\d{2}[A-Za-z]{3}\d{4}) )?${TIME}\]\s*$`,
  "y",
);
// A second prefix glued into the middle of a line by damage.
const EMBEDDED_PREFIX: Partial<Record<Family, RegExp>> = {
  bracket: new RegExp(
    String.raw` \[?(?:\d{2}[A-Za-z]{3}\d{4} )?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})? *\] \[[^\]]*\/[^/\]\s]+\]`,
    "g",
  ),
  console: new RegExp(
    String.raw` \[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})? +[A-Za-z]+\](?: \[[^\]]*\])?:`,
    "g",
  ),
};

export function parseFragmentPrefix(text: string, at: number): Head | null {
  const match = matchAt(FRAGMENT_PREFIX, text, at);
  if (!match) return null;
  const level = normaliseLevel(group(match, 2));
  const thread = group(match, 1).trim();
  if (level === null || thread === "") return null;
  const head = emptyHead("bracket", at, at + match[0].length);
  head.thread = thread;
  head.level = level;
  head.logger = loggerName(match[3]);
  return head;
}

/** Finds a full prefix of the same family inside a body, after a space. */
function findEmbeddedPrefix(text: string, from: number, family: Family) {
  const pattern = EMBEDDED_PREFIX[family];
  if (!pattern) return null;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const head = parsePrefix(text, match.index + 1);
    if (head && head.family === family && head.level !== null) return head;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** Cuts a line into one head per record, the first one starting at 0. */
export function splitRecords(text: string, first: Head): Head[] {
  first.start = 0;
  const heads = [first];
  let current = first;
  let next = findEmbeddedPrefix(text, current.bodyStart, current.family);
  while (next) {
    current.bodyEnd = next.start;
    heads.push(next);
    current = next;
    next = findEmbeddedPrefix(text, current.bodyStart, current.family);
  }
  current.bodyEnd = text.length;
  return heads;
}
