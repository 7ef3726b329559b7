import { describe, expect, it } from "vitest";
import { followTargets, sortLogPaths } from "./walk";

describe("sortLogPaths", () => {
  it("orders archives by date and rotation number, latest.log last", () => {
    const sorted = sortLogPaths([
      "/srv/logs/latest.log",
      "/srv/logs/2021-06-16-10.log.gz",
      "/srv/logs/debug.log",
      "/srv/logs/2021-06-17-1.log.gz",
      "/srv/logs/2021-06-16-2.log.gz",
      "/srv/logs/2021-06-16-1.log.gz",
      "/srv/logs/2015-02-27-13 wrapper.log",
      "/srv/a/latest.log",
    ]);
    expect(sorted).toEqual([
      "/srv/a/latest.log",
      "/srv/logs/2015-02-27-13 wrapper.log",
      "/srv/logs/2021-06-16-1.log.gz",
      "/srv/logs/2021-06-16-2.log.gz",
      "/srv/logs/2021-06-16-10.log.gz",
      "/srv/logs/2021-06-17-1.log.gz",
      "/srv/logs/debug.log",
      "/srv/logs/latest.log",
    ]);
  });
});

describe("followTargets", () => {
  const file = (path: string) => ({ path, size: 1 });

  it("tails every latest.log", () => {
    const files = [
      file("/a/2021-06-16-1.log.gz"),
      file("/a/latest.log"),
      file("/b/latest.log"),
    ];
    expect(followTargets(files).map((f) => f.path)).toEqual([
      "/a/latest.log",
      "/b/latest.log",
    ]);
  });

  it("tails a single file of any name, and nothing among several", () => {
    expect(followTargets([file("/a/server.log")])).toHaveLength(1);
    expect(followTargets([file("/a/x.log"), file("/a/y.log")])).toEqual([]);
  });
});
