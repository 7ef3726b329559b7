import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath", () => {
  it.each([
    ["/logs?player=Draxe", "/logs?player=Draxe"],
    ["/customers/12#ledger", "/customers/12#ledger"],
    ["/", "/"],
  ])("keeps the local path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    "//evil.example/phish",
    "/\\evil.example/phish",
    "/%5Cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/%2e%2e//evil.example",
    "",
  ])("rejects %j", (input) => {
    const result = safeReturnPath(decodeURIComponent(input));
    expect(result).toBe("/");
  });

  it("takes the first of repeated values", () => {
    expect(safeReturnPath(["/audit", "//evil.example"])).toBe("/audit");
  });

  it("rejects a missing value", () => {
    expect(safeReturnPath(undefined)).toBe("/");
  });
});
