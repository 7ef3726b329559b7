// Vanilla death messages (en_us), without the victim's name. A phrase ending
// in a preposition needs the killer after it; the others must end the message
// or go on with "whilst", "while", "by" or "using".
const DEATH_PHRASES = [
  "was slain by",
  "was shot by",
  "was fireballed by",
  "was pummeled by",
  "was killed by",
  "was blown up by",
  "was impaled by",
  "was squashed by",
  "was skewered by",
  "was frozen to death by",
  "was stung to death by",
  "was smashed by",
  "was doomed to fall by",
  "was knocked into the void by",
  "was killed while trying to hurt",
  "was killed trying to hurt",
  "fell too far and was finished by",
  "walked into danger zone due to",
  "didn't want to live in the same world as",
  "was killed",
  "was killed by magic",
  "was killed by even more magic",
  "was pricked to death",
  "walked into a cactus",
  "drowned",
  "experienced kinetic energy",
  "blew up",
  "hit the ground too hard",
  "fell from a high place",
  "fell off a ladder",
  "fell off some vines",
  "fell off some weeping vines",
  "fell off some twisting vines",
  "fell off scaffolding",
  "fell while climbing",
  "was doomed to fall",
  "was struck by lightning",
  "went up in flames",
  "walked into fire",
  "burned to death",
  "was burned to a crisp",
  "was burnt to a crisp",
  "tried to swim in lava",
  "discovered the floor was lava",
  "froze to death",
  "starved to death",
  "suffocated in a wall",
  "was squished too much",
  "was poked to death by a sweet berry bush",
  "fell out of the world",
  "left the confines of this world",
  "withered away",
  "was roasted in dragon's breath",
  "was obliterated by a sonically-charged shriek",
  "was impaled on a stalagmite",
  "went off with a bang",
  "was stung to death",
  "died",
];
const NEEDS_KILLER = /(?: by| as| to| hurt)$/;
const DEATH_TAIL = /^(?:whilst|while|by|using) /;
const UNTRANSLATED_DEATH = /^death\.(?:attack|fell)\.[\w.]+/;

const DEATH_PHRASES_BY_WORD = new Map<string, string[]>();
for (const phrase of DEATH_PHRASES) {
  const word = phrase.split(" ", 1)[0] ?? phrase;
  DEATH_PHRASES_BY_WORD.set(word, [
    ...(DEATH_PHRASES_BY_WORD.get(word) ?? []),
    phrase,
  ]);
}

export function isDeathMessage(rest: string): boolean {
  if (UNTRANSLATED_DEATH.test(rest)) return true;
  const space = rest.indexOf(" ");
  const word = space < 0 ? rest : rest.slice(0, space);
  for (const phrase of DEATH_PHRASES_BY_WORD.get(word) ?? []) {
    if (rest === phrase) return !NEEDS_KILLER.test(phrase);
    if (!rest.startsWith(`${phrase} `)) continue;
    const tail = rest.slice(phrase.length + 1);
    if (NEEDS_KILLER.test(phrase) || DEATH_TAIL.test(tail)) return true;
  }
  return false;
}
