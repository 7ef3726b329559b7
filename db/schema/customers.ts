import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  check,
} from "drizzle-orm/pg-core";
import { staffUsers } from "./staff";

export const customers = pgTable(
  "customers",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    playerName: text("player_name").notNull(),
    minecraftUuid: uuid("minecraft_uuid").notNull(),
    email: text("email"),
    // Always equal to the sum of this customer's point_transactions: both
    // change in the same transaction.
    pointsBalance: bigint("points_balance", { mode: "number" })
      .notNull()
      .default(0),
    joinedAt: timestamp("joined_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    uniqueIndex("customers_minecraft_uuid_key").on(t.minecraftUuid),
    uniqueIndex("customers_player_name_key").on(sql`lower(${t.playerName})`),
    index("customers_email_idx").on(sql`lower(${t.email})`),
    // Serves the default order of the customers table (last seen first).
    index("customers_last_seen_idx").on(
      t.lastSeenAt.desc().nullsLast(),
      t.id.desc().nullsFirst(),
    ),
    index("customers_points_idx").on(t.pointsBalance),
    index("customers_search_trgm_idx").using(
      "gin",
      sql`(${t.playerName} || ' ' || coalesce(${t.email}, '')) gin_trgm_ops`,
    ),
    check("customers_points_nonnegative", sql`${t.pointsBalance} >= 0`),
  ],
);

// Ranks sold in the store and granted by staff (VIP, MVP, ...).
export const roles = pgTable(
  "roles",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    color: text("color").notNull().default("#64748b"),
    // Higher ranks sort first when a customer has several.
    priority: integer("priority").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [uniqueIndex("roles_key_key").on(t.key)],
);

export const customerRoles = pgTable(
  "customer_roles",
  {
    customerId: bigint("customer_id", { mode: "number" })
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    roleId: bigint("role_id", { mode: "number" })
      .notNull()
      .references(() => roles.id),
    grantedAt: timestamp("granted_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    grantedBy: bigint("granted_by", { mode: "number" }).references(
      () => staffUsers.id,
    ),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.roleId] }),
    index("customer_roles_role_idx").on(t.roleId),
  ],
);

export const bans = pgTable(
  "bans",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    customerId: bigint("customer_id", { mode: "number" })
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    createdBy: bigint("created_by", { mode: "number" }).references(
      () => staffUsers.id,
    ),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    // Null means permanent.
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: bigint("revoked_by", { mode: "number" }).references(
      () => staffUsers.id,
    ),
  },
  (t) => [
    index("bans_customer_idx").on(t.customerId, t.createdAt),
    // At most one unrevoked ban per customer, so a double click cannot ban
    // twice.
    uniqueIndex("bans_one_open_per_customer")
      .on(t.customerId)
      .where(sql`${t.revokedAt} is null`),
  ],
);

export type Customer = typeof customers.$inferSelect;
export type NewCustomer = typeof customers.$inferInsert;
export type Role = typeof roles.$inferSelect;
export type Ban = typeof bans.$inferSelect;
