import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

// A game server (or proxy) whose logs are mirrored here.
export const servers = pgTable(
  "servers",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    // IANA zone of the server's clock: vanilla lines carry only the time of
    // day, which is local to the server.
    timeZone: text("time_zone").notNull().default("UTC"),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [uniqueIndex("servers_name_key").on(t.name)],
);

// One row per ingested file. The committed offset moves in the same
// transaction as the rows read up to it, which makes ingestion exactly-once.
export const logFiles = pgTable(
  "log_files",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    serverId: bigint("server_id", { mode: "number" })
      .notNull()
      .references(() => servers.id),
    // sha256 of the first `head_length` bytes of the decompressed content:
    // the file's identity, independent of its name or compression.
    fingerprint: text("fingerprint").notNull(),
    headLength: integer("head_length").notNull(),
    path: text("path").notNull(),
    // Date of the first line, from the file name or the ingest options.
    startDate: text("start_date").notNull(),
    // True when startDate comes from a dated file name such as
    // 2021-06-16-1.log.gz.
    dateFromName: boolean("date_from_name").notNull().default(false),
    committedOffset: bigint("committed_offset", { mode: "number" })
      .notNull()
      .default(0),
    committedLine: integer("committed_line").notNull().default(0),
    // Clock and date of the last committed record, so that a resumed parse
    // continues the roll-over detection where it stopped.
    resumeState: jsonb("resume_state"),
    recordCount: integer("record_count").notNull().default(0),
    unknownCount: integer("unknown_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    // The start date is part of the key because two rotated archives with
    // different dates in their names are different files even when their
    // heads are equal.
    uniqueIndex("log_files_identity_key").on(
      t.serverId,
      t.fingerprint,
      t.headLength,
      t.startDate,
    ),
  ],
);

// One row per log record. No unique constraint spans it, so it can later be
// partitioned by month or sharded by server.
export const logEvents = pgTable(
  "log_events",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    serverId: bigint("server_id", { mode: "number" })
      .notNull()
      .references(() => servers.id),
    fileId: bigint("file_id", { mode: "number" }).references(() => logFiles.id),
    lineNumber: integer("line_number"),
    ts: timestamp("ts", { withTimezone: true }).notNull(),
    thread: text("thread"),
    level: text("level"),
    logger: text("logger"),
    kind: text("kind").notNull(),
    player: text("player"),
    playerUuid: uuid("player_uuid"),
    ip: text("ip"),
    port: integer("port"),
    entityId: bigint("entity_id", { mode: "number" }),
    world: text("world"),
    x: doublePrecision("x"),
    y: doublePrecision("y"),
    z: doublePrecision("z"),
    command: text("command"),
    message: text("message").notNull(),
    raw: text("raw").notNull(),
    ingestedAt: timestamp("ingested_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    index("log_events_ts_idx").on(
      t.ts.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("log_events_server_ts_idx").on(
      t.serverId,
      t.ts.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("log_events_player_ts_idx").on(
      sql`lower(${t.player})`,
      t.ts.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("log_events_uuid_ts_idx").on(t.playerUuid, t.ts.desc().nullsFirst()),
    index("log_events_kind_ts_idx").on(
      t.kind,
      t.ts.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("log_events_level_ts_idx").on(
      t.level,
      t.ts.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("log_events_file_idx").on(t.fileId, t.lineNumber),
    index("log_events_message_trgm_idx").using(
      "gin",
      sql`${t.message} gin_trgm_ops`,
    ),
  ],
);

export type Server = typeof servers.$inferSelect;
export type LogFile = typeof logFiles.$inferSelect;
export type LogEvent = typeof logEvents.$inferSelect;
export type NewLogEvent = typeof logEvents.$inferInsert;
