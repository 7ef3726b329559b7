import { describe, expect, it } from "vitest";
import {
  CUSTOMER_SEARCH_DEFAULTS,
  customerSearchHref,
  customerSearchParsers,
  parseCustomerSearch,
} from "./search-params";

function fromQuery(query: string) {
  const params = new URLSearchParams(query);
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) input[key] = params.getAll(key);
  return parseCustomerSearch(input);
}

describe("parseCustomerSearch", () => {
  it("turns garbage into the defaults", () => {
    expect(fromQuery("page=-3&size=999&sort=drop table")).toEqual(
      CUSTOMER_SEARCH_DEFAULTS,
    );
    expect(
      fromQuery("page=abc&size=&dir=sideways&status=deleted&rank=&q="),
    ).toEqual(CUSTOMER_SEARCH_DEFAULTS);
    expect(parseCustomerSearch({})).toEqual(CUSTOMER_SEARCH_DEFAULTS);
  });

  it("reads valid values", () => {
    expect(
      fromQuery(
        "q=+Notch+&page=3&size=50&sort=points&dir=asc&rank=vip&status=banned",
      ),
    ).toEqual({
      q: "Notch",
      page: 3,
      size: 50,
      sort: "points",
      dir: "asc",
      rank: "vip",
      status: "banned",
    });
  });

  it("keeps the first of repeated keys and caps the search length", () => {
    const search = fromQuery(`page=2&page=7&q=${"x".repeat(500)}`);
    expect(search.page).toBe(2);
    expect(search.q).toHaveLength(100);
  });

  it("rejects fractional and huge pages", () => {
    expect(fromQuery("page=1.5").page).toBe(1);
    expect(fromQuery("page=1e99").page).toBe(1);
  });
});

describe("customerSearchParsers", () => {
  it("parse invalid values as null", () => {
    expect(customerSearchParsers.page.parse("-3")).toBeNull();
    expect(customerSearchParsers.size.parse("999")).toBeNull();
    expect(customerSearchParsers.sort.parse("drop table")).toBeNull();
    expect(customerSearchParsers.size.parse("50")).toBe(50);
  });

  it("omit defaults from links", () => {
    expect(
      customerSearchHref("/customers", {
        ...CUSTOMER_SEARCH_DEFAULTS,
        page: 2,
      }),
    ).toBe("/customers?page=2");
    expect(customerSearchHref("/customers", CUSTOMER_SEARCH_DEFAULTS)).toBe(
      "/customers",
    );
  });
});
