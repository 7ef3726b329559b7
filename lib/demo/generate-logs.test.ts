import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { parseLogText } from "@/lib/logs/parser";
import { generateDemoLogs, type DemoLogPlayer } from "./generate-logs";
import { readDemoLogs, writeDemoLogs } from "./log-files";
import { planDemo } from "./plan";

const NOW = new Date("2025-03-14T15:27:41Z");
const DAY = 86_400_000;
const plan = planDemo({ now: NOW.getTime() });
const players: DemoLogPlayer[] = plan.customers.map((customer) => ({
  name: customer.name,
  uuid: customer.uuid,
  joinedAt: new Date(customer.joinedAt),
  lastSeenAt: new Date(customer.lastSeenAt),
}));
const files = generateDemoLogs({ players, now: NOW });
const records = files.flatMap((file) => parseLogText(file.text));
const temp = mkdtempSync(path.join(tmpdir(), "demo-logs-"));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("generateDemoLogs", () => {
  it("gives the same bytes for the same seed, other bytes for another", () => {
    const again = generateDemoLogs({ players, now: NOW });
    expect(again).toEqual(files);
    const other = generateDemoLogs({ players, now: NOW, seed: 99 });
    expect(other.map((file) => file.text)).not.toEqual(
      files.map((file) => file.text),
    );
  });

  it("writes 50k to 100k lines that all parse to known records", () => {
    const lines = files.reduce(
      (sum, file) => sum + file.text.split("\n").length - 1,
      0,
    );
    expect(lines).toBeGreaterThan(50_000);
    expect(lines).toBeLessThan(100_000);
    expect(records.filter((record) => record.kind === "unknown")).toEqual([]);
    for (const kind of [
      "uuid",
      "join",
      "leave",
      "auth_login",
      "auth_failed",
      "command",
      "chat",
    ]) {
      expect(
        records.some((record) => record.kind === kind),
        kind,
      ).toBe(true);
    }
    const levels = new Set(records.map((record) => record.level));
    expect([...levels].sort()).toEqual(["ERROR", "INFO", "WARN"]);
    expect(
      records.some(
        (record) => record.lineCount > 3 && record.level === "ERROR",
      ),
    ).toBe(true);
  });

  it("rotates by day and restart, with today's lines in latest.log", () => {
    for (const server of ["survival", "lobby"]) {
      const names = files
        .filter((file) => file.server === server)
        .map((file) => file.name);
      expect(names.at(-1)).toBe("latest.log");
      for (const name of names.slice(0, -1))
        expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-\d+\.log$/);
      expect(
        names.filter((name) => name.startsWith("2025-03-07-")),
      ).toHaveLength(2);
    }
    // Ingestion identifies a file by its first kilobyte.
    const heads = files.map(
      (file) => `${file.server}:${file.text.slice(0, 1024)}`,
    );
    expect(new Set(heads).size).toBe(files.length);
    // 15:27 UTC is 16:27 in Paris: nothing later than that.
    const latest = files.find(
      (file) => file.server === "survival" && file.name === "latest.log",
    )!;
    const last = latest.text.trimEnd().split("\n").at(-1)!;
    expect(last.slice(1, 9) <= "16:27:41").toBe(true);
    expect(latest.date).toBe("2025-03-14");
  });

  it("gives every player seen in the last 7 days their own lines", () => {
    const since = NOW.getTime() - 7 * DAY;
    const seen = new Set(
      records.filter((r) => r.kind === "uuid").map((r) => r.playerUuid),
    );
    const recent = players.filter(
      (player) => player.lastSeenAt!.getTime() > since,
    );
    expect(recent.length).toBeGreaterThan(100);
    for (const player of recent)
      expect(seen.has(player.uuid), player.name).toBe(true);
    const uuids = new Map(players.map((player) => [player.name, player.uuid]));
    for (const record of records.filter((r) => r.kind === "uuid")) {
      expect(record.playerUuid).toBe(uuids.get(record.player!));
    }
  });

  it("uses documentation addresses only", () => {
    const ips = records.flatMap((record) => (record.ip ? [record.ip] : []));
    expect(ips.length).toBeGreaterThan(1000);
    for (const ip of ips)
      expect(ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
  });

  it("has about ten suspicious players and the login-code case", () => {
    const failures = new Map<string, number>();
    for (const record of records.filter((r) => r.kind === "auth_failed")) {
      failures.set(record.player!, (failures.get(record.player!) ?? 0) + 1);
    }
    const suspicious = [...failures].filter(([, count]) => count >= 5);
    expect(suspicious.length).toBeGreaterThanOrEqual(8);
    expect(suspicious.length).toBeLessThanOrEqual(14);
    const codes = records.filter((r) => r.message.includes("login code"));
    expect(
      codes.some(
        (r) =>
          r.player === "djminecraftpro" &&
          r.level === "WARN" &&
          r.kind === "auth_failed",
      ),
    ).toBe(true);
  });
});

describe("writeDemoLogs", () => {
  it("writes gzipped archives, a plain latest.log and the excerpt", () => {
    const root = path.join(temp, "demo-logs");
    const source = path.join(temp, "excerpt.log");
    const excerpt = "[00:04:51] [Server thread/INFO]: Draxe joined the game\n";
    writeFileSync(source, excerpt);
    writeDemoLogs(root, files, {
      manifest: {
        generatedAt: NOW.toISOString(),
        timeZone: "Europe/Paris",
        today: "2025-03-14",
        servers: ["survival", "lobby"],
      },
      excerpt: { source, server: "survival", date: "2025-03-13" },
    });
    expect(readdirSync(temp).sort()).toEqual(["demo-logs", "excerpt.log"]);
    const { manifest, sets } = readDemoLogs(root);
    expect(manifest.today).toBe("2025-03-14");
    const survival = sets.find((set) => set.server === "survival")!;
    expect(survival.latest).toBe(path.join(root, "survival", "latest.log"));
    const copy = survival.rotated.find((file) =>
      file.path.endsWith("2025-03-13-9.log"),
    );
    expect(copy).toBeDefined();
    expect(readFileSync(copy!.path, "utf8")).toBe(excerpt);
    const first = survival.rotated[0]!;
    const original = files.find((file) => file.server === "survival")!;
    expect(first.path.endsWith(`${original.name}.gz`)).toBe(true);
    expect(gunzipSync(readFileSync(first.path)).toString("utf8")).toBe(
      original.text,
    );
  });
});
