import { describe, expect, it } from "vitest";

import { LOG_KINDS, LOG_LEVELS, isLogKind, normaliseLevel } from "./kinds";

describe("normaliseLevel", () => {
  it.each([
    ["INFO", "INFO"],
    ["info", "INFO"],
    [" WARN ", "WARN"],
    ["WARNING", "WARN"],
    ["SEVERE", "ERROR"],
    ["ERROR", "ERROR"],
    ["FATAL", "FATAL"],
    ["FINE", "DEBUG"],
    ["FINER", "TRACE"],
    ["DEBUG", "DEBUG"],
    ["TRACE", "TRACE"],
    ["NFO", "INFO"],
    ["I", "INFO"],
    ["信息", "INFO"],
    ["警告", "WARN"],
  ])("maps %j to %s", (text, level) => {
    expect(normaliseLevel(text)).toBe(level);
  });

  it.each(["", "NOTICE", "Server thread", "INFOO"])("rejects %j", (text) => {
    expect(normaliseLevel(text)).toBeNull();
  });

  it("returns only listed levels", () => {
    expect(LOG_LEVELS).toEqual([
      "TRACE",
      "DEBUG",
      "INFO",
      "WARN",
      "ERROR",
      "FATAL",
    ]);
  });
});

describe("isLogKind", () => {
  it("accepts every listed kind", () => {
    for (const kind of LOG_KINDS) expect(isLogKind(kind)).toBe(true);
  });

  it("rejects other strings", () => {
    expect(isLogKind("login")).toBe(false);
  });
});
