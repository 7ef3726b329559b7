// Ranks and web-store products of the demo network.

export interface DemoRole {
  key: string;
  name: string;
  color: string;
  priority: number;
  /** Sold in the store; the others are granted by staff. */
  sold: boolean;
}

export const DEMO_ROLES: readonly DemoRole[] = [
  {
    key: "helper",
    name: "Helper",
    color: "#0891b2",
    priority: 90,
    sold: false,
  },
  {
    key: "builder",
    name: "Builder",
    color: "#9333ea",
    priority: 80,
    sold: false,
  },
  { key: "legend", name: "Legend", color: "#d97706", priority: 50, sold: true },
  { key: "mvp_plus", name: "MVP+", color: "#4f46e5", priority: 40, sold: true },
  { key: "mvp", name: "MVP", color: "#2563eb", priority: 30, sold: true },
  { key: "vip_plus", name: "VIP+", color: "#059669", priority: 20, sold: true },
  { key: "vip", name: "VIP", color: "#16a34a", priority: 10, sold: true },
];

export type Currency = "EUR" | "USD" | "GBP";

export interface DemoProduct {
  key: string;
  name: string;
  roleKey: string | null;
  points: number;
  /** Price in minor units per currency. */
  price: Record<Currency, number>;
  /** Relative frequency among purchases. */
  weight: number;
}

function product(
  key: string,
  name: string,
  roleKey: string | null,
  points: number,
  eur: number,
  usd: number,
  gbp: number,
  weight: number,
): DemoProduct {
  return {
    key,
    name,
    roleKey,
    points,
    price: { EUR: eur, USD: usd, GBP: gbp },
    weight,
  };
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  product("points_1000", "1,000 points", null, 1000, 499, 549, 449, 20),
  product("points_2500", "2,500 points", null, 2500, 999, 1099, 899, 14),
  product("points_5000", "5,000 points", null, 5000, 1799, 1999, 1599, 8),
  product("points_12000", "12,000 points", null, 12000, 3999, 4399, 3499, 3),
  product("vip", "VIP rank", "vip", 0, 999, 1099, 899, 12),
  product("vip_plus", "VIP+ rank", "vip_plus", 0, 1499, 1649, 1299, 8),
  product("mvp", "MVP rank", "mvp", 0, 1999, 2199, 1749, 6),
  product("mvp_plus", "MVP+ rank", "mvp_plus", 0, 2999, 3299, 2599, 4),
  product("legend", "Legend rank", "legend", 0, 4999, 5499, 4399, 2),
  product(
    "vip_1000",
    "VIP rank + 1,000 points",
    "vip",
    1000,
    1299,
    1449,
    1149,
    5,
  ),
  product(
    "mvp_2500",
    "MVP rank + 2,500 points",
    "mvp",
    2500,
    2599,
    2849,
    2299,
    4,
  ),
];

export function productByKey(key: string): DemoProduct {
  const found = DEMO_PRODUCTS.find((item) => item.key === key);
  if (!found) throw new Error(`Unknown demo product ${key}`);
  return found;
}

/** In-game shop items bought with points. */
export const SHOP_ITEMS: readonly { name: string; cost: number }[] = [
  { name: "Diamond kit", cost: 500 },
  { name: "Cosmetic wings", cost: 1200 },
  { name: "/fly for 24 hours", cost: 300 },
  { name: "Extra home slot", cost: 250 },
  { name: "Pet: red panda", cost: 800 },
  { name: "Nickname colour", cost: 150 },
  { name: "Crate key (rare)", cost: 400 },
  { name: "Crate key (epic)", cost: 900 },
  { name: "Land claim +500 blocks", cost: 600 },
  { name: "Trail: flames", cost: 700 },
];

export const STAFF_CREDIT_REASONS: readonly string[] = [
  "Compensation for items lost in the rollback",
  "Build contest prize",
  "Bug report reward",
  "Goodwill gesture after a delayed delivery",
  "Event winner: summer PvP tournament",
];

export const STAFF_DEBIT_REASONS: readonly string[] = [
  "Correction: points credited twice",
  "Removed points obtained through a duplication bug",
  "Correction: wrong amount credited by hand",
];
