import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXCERPT_PLAYERS, offlinePlayerUuid } from "./players";

describe("offlinePlayerUuid", () => {
  it("gives a version 3 UUID of OfflinePlayer:<name>", () => {
    const uuid = offlinePlayerUuid("Notch");
    expect(uuid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(offlinePlayerUuid("notch")).not.toBe(uuid);
  });

  it("matches every UUID that the real excerpt logs", () => {
    const excerpt = readFileSync(
      path.join(process.cwd(), "fixtures/logs/seed-excerpt.log"),
      "utf8",
    );
    const logged = new Map(
      [...excerpt.matchAll(/UUID of player (\S+) is (\S+)/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    expect(logged.size).toBe(5);
    for (const [name, uuid] of logged) {
      expect(offlinePlayerUuid(name), name).toBe(uuid);
      expect(EXCERPT_PLAYERS.find((player) => player.name === name)?.uuid).toBe(
        uuid,
      );
    }
    for (const player of EXCERPT_PLAYERS) {
      expect(offlinePlayerUuid(player.name)).toBe(player.uuid);
    }
  });
});
