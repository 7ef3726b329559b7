import type { Faker } from "@faker-js/faker";
import { playerNames } from "./names";
import {
  DAY,
  HOUR,
  MINUTE,
  type PlannedBan,
  type PlannedCustomer,
} from "./plan-types";
import { EXCERPT_PLAYERS, offlinePlayerUuid } from "./players";

const EMAIL_DOMAINS = ["example.com", "example.net", "example.org"];

export function between(f: Faker, from: number, to: number): number {
  return to <= from ? from : from + f.number.int({ min: 0, max: to - from });
}

function email(f: Faker, name: string): string | null {
  if (f.datatype.boolean({ probability: 0.13 })) return null;
  const local = f.helpers.weightedArrayElement([
    { weight: 4, value: () => name.toLowerCase().replace(/^_+|_+$/g, "") },
    {
      weight: 3,
      value: () =>
        `${f.person.firstName()}.${f.person.lastName()}`
          .toLowerCase()
          .normalize("NFD")
          .replace(/[^a-z.]/g, ""),
    },
    {
      weight: 2,
      value: () =>
        `${name.toLowerCase().replace(/_/g, "")}${f.number.int({ min: 1, max: 99 })}`,
    },
  ])();
  return `${local || "player"}@${f.helpers.arrayElement(EMAIL_DOMAINS)}`;
}

/** Picks when a customer was last seen: some today, most within a few months. */
function lastSeen(f: Faker, joinedAt: number, now: number): number {
  const earliest = joinedAt + 10 * MINUTE;
  const bucket = f.number.float({ min: 0, max: 1 });
  let seen: number;
  if (bucket < 0.2) seen = now - f.number.int({ min: MINUTE, max: DAY });
  else if (bucket < 0.35) seen = now - f.number.int({ min: DAY, max: 7 * DAY });
  else if (bucket < 0.8)
    seen = now - f.number.int({ min: 7 * DAY, max: 90 * DAY });
  else seen = between(f, earliest, now - 90 * DAY);
  return Math.min(now, Math.max(seen, earliest));
}

export function planCustomers(
  f: Faker,
  count: number,
  now: number,
): PlannedCustomer[] {
  const customers: PlannedCustomer[] = EXCERPT_PLAYERS.map((player) => ({
    name: player.name,
    uuid: player.uuid,
    email: player.email,
    joinedAt: now - player.joinedDaysAgo * DAY - 3 * HOUR,
    lastSeenAt: now - player.lastSeenHoursAgo * HOUR,
    excerpt: player,
  }));
  const names = playerNames(
    f,
    count - customers.length,
    customers.map((customer) => customer.name),
  );
  for (const name of names) {
    // Skewed toward recent sign-ups: the network keeps growing.
    const age = Math.pow(f.number.float({ min: 0, max: 1 }), 1.4) * 730 * DAY;
    const joinedAt = now - Math.max(Math.round(age), 30 * MINUTE);
    customers.push({
      name,
      uuid: offlinePlayerUuid(name),
      email: email(f, name),
      joinedAt,
      lastSeenAt: lastSeen(f, joinedAt, now),
    });
  }
  return customers;
}

const PERMANENT_REASONS = [
  "X-ray",
  "Kill aura (hacked client)",
  "Duplicating items",
  "Griefing at spawn",
  "Trying other players' passwords",
  "Fly hack",
];
const TEMPORARY_REASONS = [
  "Spam in chat",
  "Insulting other players",
  "Advertising another server",
  "Exploiting a lag machine",
];

/**
 * ~2% of customers banned now (some temporary), plus a few revoked and a few
 * expired bans. A banned customer was last seen before the ban.
 */
export function planBans(
  f: Faker,
  customers: PlannedCustomer[],
  now: number,
): PlannedBan[] {
  const free = customers
    .map((customer, index) => ({ customer, index }))
    .filter(({ customer }) => !customer.excerpt);
  const recent = f.helpers.shuffle(
    free.filter(({ customer }) => customer.lastSeenAt > now - 6 * DAY),
  );
  // Long-standing customers, so that a past ban fits well before their last
  // visit.
  const older = f.helpers.shuffle(
    free.filter(
      ({ customer }) =>
        customer.lastSeenAt < now - 14 * DAY &&
        customer.lastSeenAt - customer.joinedAt > 30 * DAY,
    ),
  );
  const openTotal = Math.max(3, Math.round(customers.length * 0.02));
  const bans: PlannedBan[] = [];

  recent
    .slice(0, Math.ceil(openTotal / 2))
    .forEach(({ customer, index }, n) => {
      const createdAt = Math.min(
        now - MINUTE,
        customer.lastSeenAt + between(f, 2 * MINUTE, 40 * MINUTE),
      );
      const temporary = n % 2 === 1;
      bans.push({
        customer: index,
        reason: f.helpers.arrayElement(
          temporary ? TEMPORARY_REASONS : PERMANENT_REASONS,
        ),
        createdAt,
        expiresAt: temporary
          ? createdAt + f.helpers.arrayElement([7, 14, 30]) * DAY
          : null,
        revokedAt: null,
      });
    });
  const pastPool = older.slice(0, openTotal - bans.length + 8);
  for (const [n, { customer, index }] of pastPool.entries()) {
    const span = customer.lastSeenAt - customer.joinedAt;
    if (n < openTotal - Math.ceil(openTotal / 2)) {
      bans.push({
        customer: index,
        reason: f.helpers.arrayElement(PERMANENT_REASONS),
        createdAt: customer.lastSeenAt + between(f, MINUTE, 30 * MINUTE),
        expiresAt: null,
        revokedAt: null,
      });
      continue;
    }
    // A past ban the customer played after: revoked on appeal, or expired.
    const createdAt =
      customer.joinedAt +
      Math.round(span * f.number.float({ min: 0.2, max: 0.6 }));
    const revoked = n % 2 === 0;
    const lifted = createdAt + between(f, 12 * HOUR, 4 * DAY);
    bans.push({
      customer: index,
      reason: f.helpers.arrayElement(
        revoked ? PERMANENT_REASONS : TEMPORARY_REASONS,
      ),
      createdAt,
      expiresAt: revoked ? null : lifted,
      revokedAt: revoked ? lifted : null,
    });
  }
  return bans;
}
