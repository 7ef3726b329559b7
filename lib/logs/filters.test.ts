import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import {
  DEFAULT_PAGE_SIZE,
  logFilterParsers,
  parseLogFilters,
} from "./filters";
import { logsHref } from "./logs-href";
import { formatUtcInput, parseUtcInput } from "./utc-input";

describe("parseLogFilters", () => {
  it("returns empty filters for empty URL", () => {
    const { filters, ignored } = parseLogFilters({});
    expect(filters).toEqual({
      from: null,
      to: null,
      serverId: null,
      playerName: null,
      playerUuid: null,
      kinds: [],
      levels: [],
      q: null,
      size: DEFAULT_PAGE_SIZE,
      cursor: null,
    });
    expect(ignored).toEqual([]);
  });

  it("reads every valid value", () => {
    const cursor = encodeCursor({ ts: "2024-06-16T10:00:00.123456Z", id: 42 });
    const { filters, ignored } = parseLogFilters({
      from: "2024-06-16T10:00",
      to: "2024-06-17T00:00:30",
      server: "3",
      player: " Draxe ",
      kind: "join,leave",
      level: ["warn", "ERROR"],
      q: "  lost connection ",
      size: "200",
      cursor,
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      from: new Date("2024-06-16T10:00:00Z"),
      to: new Date("2024-06-17T00:00:30Z"),
      serverId: 3,
      playerName: "Draxe",
      playerUuid: null,
      kinds: ["join", "leave"],
      levels: ["WARN", "ERROR"],
      q: "lost connection",
      size: 200,
      cursor: { ts: "2024-06-16T10:00:00.123456Z", id: 42 },
    });
  });

  it("reads a UUID as player UUID", () => {
    const uuid = "d394da40-0ab1-3e8c-8302-4aaebe14d88d";
    for (const given of [uuid, uuid.toUpperCase(), uuid.replace(/-/g, "")]) {
      const { filters } = parseLogFilters({ player: given });
      expect(filters.playerUuid).toBe(uuid);
      expect(filters.playerName).toBeNull();
    }
  });

  it("drops and lists invalid values", () => {
    const { filters, ignored } = parseLogFilters({
      from: "yesterday",
      to: "2024-02-30T10:00",
      server: "1e3",
      player: "x".repeat(65),
      kind: "join,teleport,join",
      level: "LOUD",
      q: "y".repeat(201),
      size: "1000",
      cursor: "not-a-cursor",
    });
    expect(ignored.map((item) => item.param)).toEqual([
      "player",
      "from",
      "to",
      "server",
      "kind",
      "level",
      "q",
      "size",
      "cursor",
    ]);
    expect(ignored.find((item) => item.param === "kind")?.value).toBe(
      "teleport",
    );
    expect(filters.kinds).toEqual(["join"]);
    expect(filters.size).toBe(DEFAULT_PAGE_SIZE);
  });

  it("rejects NUL characters", () => {
    const { filters, ignored } = parseLogFilters({ q: "a\0b", player: "\0" });
    expect(filters.q).toBeNull();
    expect(filters.playerName).toBeNull();
    expect(ignored.map((item) => item.param).sort()).toEqual(["player", "q"]);
  });

  it("skips blanks and repeated values", () => {
    const { filters, ignored } = parseLogFilters({
      player: "   ",
      q: "",
      server: ["2", "5"],
    });
    expect(ignored).toEqual([]);
    expect(filters.playerName).toBeNull();
    expect(filters.serverId).toBe(2);
  });
});

describe("logFilterParsers", () => {
  it("parse kinds and levels in any case", () => {
    expect(logFilterParsers.level.parse("info,Warn,LOUD")).toEqual([
      "INFO",
      "WARN",
    ]);
    expect(logFilterParsers.kind.parse("JOIN,chat")).toEqual(["join", "chat"]);
    expect(logFilterParsers.kind.serialize(["join", "chat"])).toBe("join,chat");
  });
});

describe("logsHref", () => {
  it("round-trips filters with changes", () => {
    const { filters } = parseLogFilters({
      from: "2024-06-16T10:00",
      kind: "join,chat",
      player: "Draxe",
      size: "50",
    });
    const href = logsHref(filters, { player: "Other", cursor: "abc" });
    expect(href).toBe(
      "/logs?from=2024-06-16T10%3A00&player=Other&kind=join%2Cchat&size=50&cursor=abc",
    );
    const again = parseLogFilters(
      Object.fromEntries(new URL(href, "http://x").searchParams),
    );
    expect(again.filters.kinds).toEqual(["join", "chat"]);
    expect(
      logsHref(filters, { player: null, from: null, kind: null, size: null }),
    ).toBe("/logs");
  });
});

describe("UTC inputs", () => {
  it.each([
    ["2024-06-16", "2024-06-16T00:00:00.000Z"],
    ["2024-06-16T10:05", "2024-06-16T10:05:00.000Z"],
    ["2024-06-16 10:05:07", "2024-06-16T10:05:07.000Z"],
    ["2024-06-16T10:05:07.5Z", "2024-06-16T10:05:07.500Z"],
    ["2024-02-29T23:59", "2024-02-29T23:59:00.000Z"],
  ])("parses %s as UTC", (text, iso) => {
    expect(parseUtcInput(text)?.toISOString()).toBe(iso);
  });

  it.each([
    "2023-02-29",
    "2024-13-01",
    "2024-06-16T24:00",
    "2024-06-16T10:60",
    "1969-12-31",
    "16/06/2024",
    "2024-06-16T10:00+02:00",
  ])("rejects %s", (text) => {
    expect(parseUtcInput(text)).toBeNull();
  });

  it("formats with the needed precision", () => {
    expect(formatUtcInput(new Date("2024-06-16T10:05:00Z"))).toBe(
      "2024-06-16T10:05",
    );
    expect(formatUtcInput(new Date("2024-06-16T10:05:07Z"))).toBe(
      "2024-06-16T10:05:07",
    );
    expect(formatUtcInput(new Date("2024-06-16T10:05:07.25Z"))).toBe(
      "2024-06-16T10:05:07.250",
    );
  });
});

describe("cursor", () => {
  it("round-trips microseconds, rejects garbage", () => {
    const cursor = { ts: "2024-06-16T10:00:00.000001Z", id: 9007199254740991 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(encodeCursor(cursor)).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const bad of [
      "",
      "a",
      "====",
      "é",
      encodeCursor({ ts: "2024-06-16T10:00:00Z", id: 0 }),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
    expect(
      decodeCursor(btoa("2024-06-16T10:00:00Z|12345678901234567")),
    ).toBeNull();
  });
});
