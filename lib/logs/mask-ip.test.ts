import { describe, expect, it } from "vitest";
import { maskIps } from "./mask-ip";

describe("maskIps", () => {
  it.each([
    ["203.0.113.5", "203.0.•.•"],
    [
      "Draxe[/203.0.113.5:52060] logged in",
      "Draxe[/203.0.•.•:52060] logged in",
    ],
    ["from 10.0.0.1, then 192.168.1.254.", "from 10.0.•.•, then 192.168.•.•."],
    ["ip=0.0.0.0 port=25565", "ip=0.0.•.• port=25565"],
    ["/[2001:db8::1]:25565", "/[2001:db8:•:•]:25565"],
    ["[2001:0db8:0000:0000:0000:ff00:0042:8329]", "[2001:0db8:•:•]"],
    ["connected from ::1", "connected from •:•"],
    ["fe80::1%eth0 up", "fe80:•:• up"],
    ["::ffff:192.0.2.128", "•:•"],
  ])("masks %s", (text, masked) => {
    expect(maskIps(text)).toBe(masked);
  });

  it.each([
    "Minecraft 1.20.4",
    "Forge 14.23.5.2855",
    "version 1.2.3.4.5",
    "build v1.2.3.4",
    "256.1.1.1 and 10.0.0.300",
    "[00:04:51] [Server thread/INFO]: at 12:30",
    "UUID of player Draxe is d394da40-0ab1-3e8c-8302-4aaebe14d88d",
    "std::vector and Class::method",
    "Draxe[/***] logged in",
  ])("leaves %s alone", (text) => {
    expect(maskIps(text)).toBe(text);
  });

  it("masks every address on a multi-line record", () => {
    expect(maskIps("a 1.2.3.4\nb [::1]:5\nc 5.6.7.8:9")).toBe(
      "a 1.2.•.•\nb [•:•]:5\nc 5.6.•.•:9",
    );
  });
});
