import { createHash } from "node:crypto";
import type pg from "pg";

// Player n is called FIRST[n % 30] + SECOND[(n / 30) % 30], then n / 900
// from the 900th on: unique up to case, at most 15 characters below
// n = 900,000, and the same in TypeScript and in SQL.
const words = (text: string) => text.trim().split(/\s+/);

const FIRST = words(`
  Dark Ice Fire Shadow Storm Night Iron Gold Red Blue Wild Silent Swift
  Lucky Crazy Epic Pixel Ender Nether Creepy Sky Moon Sun Frost Void
  Stone Mega Ultra Tiny Big
`);
const SECOND = words(`
  Wolf Dragon Miner Knight Fox Bear Hunter Gamer Craft Blade Slayer
  Ninja Wizard King Queen Rider Star Cat Owl Hawk Maker Boss Pro Legend
  Tiger Ghost Pig Steve Alex Bee
`);
const CYCLE = FIRST.length * SECOND.length;

export function playerName(n: number): string {
  const cycle = Math.floor(n / CYCLE);
  return (
    FIRST[n % FIRST.length]! +
    SECOND[Math.floor(n / FIRST.length) % SECOND.length]! +
    (cycle > 0 ? String(cycle) : "")
  );
}

/** md5("player-" + n) as a UUID, as bench_player_uuid(n) gives it. */
export function playerUuid(n: number): string {
  const hex = createHash("md5").update(`player-${n}`).digest("hex");
  const part = (from: number, to?: number) => hex.slice(from, to);
  return `${part(0, 8)}-${part(8, 12)}-${part(12, 16)}-${part(16, 20)}-${part(20)}`;
}

function textArray(words: readonly string[]): string {
  return `array[${words.map((word) => `'${word.replaceAll("'", "''")}'`).join(", ")}]`;
}

/**
 * Creates bench_player_name(n) and bench_player_uuid(n) in the scratch
 * database, so the seeding statements name players as playerName() does.
 */
export async function createPlayerFunctions(pool: pg.Pool): Promise<void> {
  await pool.query(`
    create or replace function bench_player_name(n bigint) returns text
    language sql immutable as $$
      select (${textArray(FIRST)})[n % ${FIRST.length} + 1]
        || (${textArray(SECOND)})[(n / ${FIRST.length}) % ${SECOND.length} + 1]
        || case when n >= ${CYCLE} then (n / ${CYCLE})::text else '' end
    $$`);
  await pool.query(`
    create or replace function bench_player_uuid(n bigint) returns uuid
    language sql immutable as $$ select md5('player-' || n)::uuid $$`);
}
