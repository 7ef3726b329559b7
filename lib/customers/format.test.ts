import { describe, expect, it } from "vitest";
import {
  formatMinorUnits,
  maskEmail,
  minorToDecimal,
  rankBadgeColors,
} from "./format";

// Intl separates thousands and the symbol with narrow or plain no-break
// spaces, depending on the locale data.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("minorToDecimal", () => {
  it.each([
    [0, 2, "0.00"],
    [5, 2, "0.05"],
    [-5, 2, "-0.05"],
    [12345, 2, "123.45"],
    [1999, 0, "1999"],
    [1, 3, "0.001"],
    [9_007_199_254_740_991, 2, "90071992547409.91"],
  ])("%i with %i decimals is %s", (minor, digits, expected) => {
    expect(minorToDecimal(minor, digits)).toBe(expected);
  });

  it("rejects a non-integer", () => {
    expect(() => minorToDecimal(1.5, 2)).toThrow(RangeError);
  });
});

describe("formatMinorUnits", () => {
  it.each([
    [149900, "EUR", "en", "€1,499.00"],
    [149900, "EUR", "fr", "1 499,00 €"],
    [1999, "USD", "en", "$19.99"],
    [500, "JPY", "en", "¥500"],
    [-250, "EUR", "en", "-€2.50"],
    [1000, "ZZZ", "en", "ZZZ 10.00"],
  ])("%i %s in %s is %s", (minor, currency, locale, expected) => {
    expect(plain(formatMinorUnits(minor, currency, locale))).toBe(expected);
  });
});

describe("maskEmail", () => {
  it.each([
    ["alice@example.com", "a•••@example.com"],
    ["a@b.c", "a•••@b.c"],
    ["not-an-email", "•••"],
    ["@example.com", "•••"],
    [null, null],
  ])("%s -> %s", (email, expected) => {
    expect(maskEmail(email)).toBe(expected);
  });
});

describe("rankBadgeColors", () => {
  it("puts dark text on light colours and white text on dark ones", () => {
    expect(rankBadgeColors("#facc15").color).toBe("#0f172a");
    expect(rankBadgeColors("#1e3a8a").color).toBe("#ffffff");
  });

  it("expands short hex and replaces anything else", () => {
    expect(rankBadgeColors("#FFF").backgroundColor).toBe("#ffffff");
    expect(rankBadgeColors("red; background:url(x)").backgroundColor).toBe(
      "#64748b",
    );
  });
});
