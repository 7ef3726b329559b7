import type { Faker } from "@faker-js/faker";
import { PLAYER_NAME_PATTERN } from "./players";

const GAMER_SUFFIXES = [
  "Pvp",
  "MC",
  "YT",
  "HD",
  "_FR",
  "TV",
  "_OG",
  "Craft",
  "x",
];
const PREFIXES = ["TheReal", "Mr", "i", "Its", "Not", "Dark", "Lil", "Sir"];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Drops accents and anything Minecraft refuses in a name. */
function clean(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[.\-\s]/g, "_")
    .replace(/[^A-Za-z0-9_]/g, "");
}

function oneWord(f: Faker, maxLength: number): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const word = clean(
      f.helpers.arrayElement([
        f.word.noun(),
        f.word.adjective(),
        f.animal.type(),
        f.person.firstName(),
      ]),
    );
    if (word.length >= 3 && word.length <= maxLength) return word;
  }
  return "Steve";
}

// Each style imitates a common way players pick names.
const STYLES: ((f: Faker) => string)[] = [
  (f) => `xX_${capitalise(oneWord(f, 10))}_Xx`,
  (f) => `${clean(f.person.firstName())}${f.number.int({ min: 1, max: 9999 })}`,
  (f) => `${oneWord(f, 8)}${oneWord(f, 8)}`.toLowerCase(),
  (f) => `${oneWord(f, 7)}_${oneWord(f, 7)}`.toLowerCase(),
  (f) => `${capitalise(f.word.adjective())}${capitalise(oneWord(f, 8))}`,
  (f) =>
    `${clean(f.person.firstName())}_${f.number.int({ min: 2004, max: 2015 })}`,
  (f) => `${f.helpers.arrayElement(PREFIXES)}${capitalise(oneWord(f, 9))}`,
  (f) =>
    `${capitalise(oneWord(f, 10))}${f.helpers.arrayElement(GAMER_SUFFIXES)}`,
  (f) => clean(f.internet.username()),
  (f) => clean(f.internet.username()).toLowerCase(),
];

/**
 * Returns `count` valid Minecraft names (3-16 of [A-Za-z0-9_]) that differ,
 * ignoring case, from each other and from `taken`.
 */
export function playerNames(
  f: Faker,
  count: number,
  taken: Iterable<string>,
): string[] {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const names: string[] = [];
  while (names.length < count) {
    const name = f.helpers.arrayElement(STYLES)(f);
    if (!PLAYER_NAME_PATTERN.test(name) || used.has(name.toLowerCase()))
      continue;
    used.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
