import { createHash } from "node:crypto";

/**
 * The UUID an offline-mode server gives a player: a version 3 (MD5,
 * name-based) UUID of "OfflinePlayer:<name>", as Java's
 * UUID.nameUUIDFromBytes computes it (no namespace prefix).
 */
export function offlinePlayerUuid(name: string): string {
  const bytes = createHash("md5")
    .update(`OfflinePlayer:${name}`, "utf8")
    .digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x30;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join("-");
}

export const PLAYER_NAME_PATTERN = /^[A-Za-z0-9_]{3,16}$/;

export interface ExcerptPurchase {
  product: string;
  /** When it was paid, counted back from the seeding time. */
  hoursAgo: number;
  status?: "paid" | "refunded" | "charged_back";
  /** Paid but not delivered yet. */
  awaiting?: boolean;
}

export interface ExcerptPlayer {
  name: string;
  uuid: string;
  email: string | null;
  joinedDaysAgo: number;
  lastSeenHoursAgo: number;
  purchases: ExcerptPurchase[];
  /** The auth plugin could not mail this player's login code. */
  loginCodeTrouble?: boolean;
}

// The players of fixtures/logs/seed-excerpt.log, a real log of an
// offline-mode server. Each UUID the excerpt logs equals
// offlinePlayerUuid(name) (players.test.ts checks it); AwayZ___ has no UUID
// line there, so his is computed the same way.
export const EXCERPT_PLAYERS: readonly ExcerptPlayer[] = [
  {
    name: "Draxe",
    uuid: "d394da40-0ab1-3e8c-8302-4aaebe14d88d",
    email: "draxe.mc@example.com",
    joinedDaysAgo: 412,
    lastSeenHoursAgo: 2,
    purchases: [
      { product: "mvp_2500", hoursAgo: 24 * 61 },
      { product: "points_1000", hoursAgo: 24 * 9 },
    ],
  },
  {
    name: "djminecraftpro",
    uuid: "f5cfdd96-ddbf-32e0-81a6-2060a259f98b",
    email: "dj.minecraftpro@example.net",
    joinedDaysAgo: 203,
    lastSeenHoursAgo: 1,
    purchases: [{ product: "vip", hoursAgo: 24 * 150 }],
    loginCodeTrouble: true,
  },
  {
    name: "MaxiCube",
    uuid: "92f98a09-7705-31ea-8430-ec9f64363c5a",
    email: null,
    joinedDaysAgo: 530,
    lastSeenHoursAgo: 5,
    purchases: [
      { product: "vip", hoursAgo: 24 * 480 },
      { product: "vip_plus", hoursAgo: 24 * 300 },
    ],
  },
  {
    name: "VioTak",
    uuid: "8d9f49a8-0ae5-3e43-93b6-dcdf7010035b",
    email: "viotak@example.org",
    joinedDaysAgo: 96,
    lastSeenHoursAgo: 3,
    // The "I paid but have no rank" case.
    purchases: [{ product: "vip_plus", hoursAgo: 4, awaiting: true }],
  },
  {
    name: "Tyrion",
    uuid: "d6b829dc-cccc-3d11-9d2f-14310fdb219d",
    email: "tyrion.lannister.mc@example.com",
    joinedDaysAgo: 688,
    lastSeenHoursAgo: 8,
    purchases: [
      { product: "legend", hoursAgo: 24 * 400 },
      { product: "points_5000", hoursAgo: 24 * 40, status: "refunded" },
      { product: "points_2500", hoursAgo: 24 * 12 },
    ],
  },
  {
    name: "AwayZ___",
    uuid: offlinePlayerUuid("AwayZ___"),
    email: null,
    joinedDaysAgo: 31,
    lastSeenHoursAgo: 20,
    purchases: [],
  },
];
