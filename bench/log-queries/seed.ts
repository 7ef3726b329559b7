import type pg from "pg";
import {
  CHAT_LINES,
  DEATHS,
  STACK_TRACES,
  SURVIVAL_COMMANDS,
} from "@/lib/demo/log-text";
import { withIndexesRebuilt } from "../lib/bulk-load";

export const SERVERS = ["survival", "lobby", "creative"] as const;
export const PLAYERS = 5_000;
export const DAYS = 30;
/** Appears in about 0.02% of chat lines, so in about 60 rows per million. */
export const RARE_WORD = "dupe";
/** In /home, /home base, /sethome and /f home: about 6% of all rows. */
export const COMMON_WORD = "home";

const SERVER_LINES = [
  "[ClearLag] Removed 412 entities",
  "Saving the game (this may take a moment!)",
  "Saved the game",
  "[Essentials] Essentials: Created a backup of userdata",
  "[AutoRestart] The server restarts in 1 minute!",
  "[LuckPerms] Performing a sync of the storage",
];

// Rows come out in time order, as an ingest stores them: id and ts grow
// together. Kinds, levels and player activity (player 1 is the busiest)
// follow a busy survival network, with the shares in bench/README.md.
const LOAD = `
  insert into log_events
    (server_id, ts, thread, level, kind, player, player_uuid, ip, port,
     message, raw)
  select server_id, ts, thread, level, kind, player, player_uuid, ip, port,
    message,
    '[' || to_char(ts at time zone 'UTC', 'HH24:MI:SS') || '] [' ||
      coalesce(thread, '?') || '/' || coalesce(level, '?') || ']: ' || message
  from (
    select *, case kind
      when 'chat' then '<' || player || '> ' || case when rare < 0.0002
        then 'is the elytra ${RARE_WORD} still working?'
        else ($2::text[])[1 + floor(pick * cardinality($2::text[]))::int] end
      when 'command' then player || ' issued server command: ' ||
        ($3::text[])[1 + floor(pick * cardinality($3::text[]))::int]
      when 'join' then player || ' joined the game'
      when 'leave' then player || ' left the game'
      when 'uuid' then 'UUID of player ' || player || ' is ' || player_uuid
      when 'auth_login' then '[AuthMe] ' || player || ' logged in!'
      when 'auth_failed' then '[AuthMe] ' || player || ' used the wrong password'
      when 'auth_register' then '[AuthMe] ' || player || ' registered'
      when 'death' then player || ' ' ||
        ($4::text[])[1 + floor(pick * cardinality($4::text[]))::int]
      when 'other' then case level
        when 'ERROR' then
          ($5::text[])[1 + floor(pick * cardinality($5::text[]))::int]
        when 'WARN' then 'Can''t keep up! Is the server overloaded? Running '
          || (2050 + floor(pick * 7000))::int || 'ms behind'
        else ($6::text[])[1 + floor(pick * cardinality($6::text[]))::int] end
      else chr(9) || 'at java.base/java.lang.Thread.run(Thread.java:1583)'
    end as message
    from (
      select ts, server_id, kind, pick, rare,
        case when kind not in ('other', 'unknown')
          then bench_player_name(p) end as player,
        case when kind = 'uuid' then bench_player_uuid(p) end as player_uuid,
        case when kind = 'join' then '203.0.113.' || (1 + p % 254) end as ip,
        case when kind = 'join' then 1025 + floor(pick * 64000)::int end as port,
        case kind when 'unknown' then null
          when 'other' then case when lv < 0.04 then 'ERROR'
            when lv < 0.24 then 'WARN' else 'INFO' end
          else 'INFO' end as level,
        case kind when 'unknown' then null
          when 'chat' then 'Async Chat Thread - #0'
          when 'uuid' then 'User Authenticator #' || (n % 1000)
          else 'Server thread' end as thread
      from (
        select n, pick, rare, lv,
          now() - interval '${DAYS} days'
            + (n - 1) * (interval '${DAYS} days' / $1::int)
            + jitter * interval '1 second' as ts,
          ($7::bigint[])[case when s < 0.6 then 1 when s < 0.85 then 2
                              else 3 end] as server_id,
          case when k < 0.30 then 'chat' when k < 0.54 then 'command'
            when k < 0.64 then 'join' when k < 0.74 then 'leave'
            when k < 0.79 then 'uuid' when k < 0.84 then 'auth_login'
            when k < 0.865 then 'death' when k < 0.985 then 'other'
            when k < 0.992 then 'auth_failed'
            when k < 0.995 then 'auth_register' else 'unknown' end as kind,
          1 + floor(${PLAYERS} * power(p, 2))::int as p
        from (
          select n, random() as k, random() as s, random() as p,
            random() as pick, random() as lv, random() as rare,
            random() as jitter
          from generate_series(1, $1::int) as n
        ) as draws
      ) as shaped
    ) as named
  ) as written
  order by ts`;

/** Expands the weighted commands, repeating each by its weight. */
function commands(): string[] {
  return SURVIVAL_COMMANDS.flatMap(([command, weight]) =>
    Array<string>(weight).fill(command.replace("@", "Steve")),
  );
}

/** Loads `rows` log_events over 3 servers and 30 days, reproducibly. */
export async function seedLogEvents(pool: pg.Pool, rows: number) {
  await pool.query(
    "insert into servers (name, time_zone) select unnest($1::text[]), 'Europe/Paris'",
    [SERVERS],
  );
  const found = await pool.query<{ ids: string[] }>(
    `select array_agg(id order by array_position($1::text[], name)) as ids
     from servers where name = any($1::text[])`,
    [SERVERS],
  );
  const ids = found.rows[0]?.ids ?? [];
  await withIndexesRebuilt(pool, ["log_events"], async (client) => {
    await client.query("select setseed(0.711)");
    await client.query(LOAD, [
      rows,
      CHAT_LINES,
      commands(),
      DEATHS,
      STACK_TRACES,
      SERVER_LINES,
      ids,
    ]);
  });
}
