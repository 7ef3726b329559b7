import { describe, expect, it } from "vitest";
import { formatMinorUnits } from "@/lib/customers/format";

describe("formatMinorUnits for the payments page", () => {
  it.each([
    { amount: 999, currency: "EUR", locale: "en", expected: "€9.99" },
    { amount: 100, currency: "USD", locale: "en", expected: "$1.00" },
    { amount: 1234567, currency: "GBP", locale: "en", expected: "£12,345.67" },
    { amount: 500, currency: "JPY", locale: "en", expected: "¥500" },
    { amount: -250, currency: "EUR", locale: "en", expected: "-€2.50" },
    { amount: 999, currency: "EUR", locale: "fr", expected: "9,99\u00a0€" },
  ])(
    "$amount $currency in $locale",
    ({ amount, currency, locale, expected }) => {
      expect(formatMinorUnits(amount, currency, locale)).toBe(expected);
    },
  );
});
