import { createParser, createSerializer } from "nuqs/server";
import { z } from "zod";

export const CUSTOMER_SORTS = [
  "player",
  "points",
  "totalPaid",
  "lastSeen",
  "joined",
] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const CUSTOMER_STATUSES = ["all", "active", "banned"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const MAX_QUERY_LENGTH = 100;

// Each field's rule, shared by the server (zod) and the client (nuqs) so
// both read the same URL the same way.
const fields = {
  q: z.string().transform((value) => value.trim().slice(0, MAX_QUERY_LENGTH)),
  page: z.coerce.number().int().min(1).max(1_000_000),
  size: z.coerce
    .number()
    .refine((value): value is PageSize =>
      (PAGE_SIZES as readonly number[]).includes(value),
    )
    .transform((value) => value as PageSize),
  sort: z.enum(CUSTOMER_SORTS),
  dir: z.enum(SORT_DIRECTIONS),
  rank: z.string().trim().min(1).max(64),
  status: z.enum(CUSTOMER_STATUSES),
};

export const CUSTOMER_SEARCH_DEFAULTS = {
  q: "",
  page: 1,
  size: 25 as PageSize,
  sort: "lastSeen" as CustomerSort,
  dir: "desc" as SortDirection,
  rank: null as string | null,
  status: "all" as CustomerStatus,
};

export type CustomerSearch = typeof CUSTOMER_SEARCH_DEFAULTS;

// A repeated key (?page=2&page=3) arrives as an array: the first one wins.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const customerSearchSchema = z.object({
  q: z.preprocess(first, fields.q).catch(CUSTOMER_SEARCH_DEFAULTS.q),
  page: z.preprocess(first, fields.page).catch(CUSTOMER_SEARCH_DEFAULTS.page),
  size: z.preprocess(first, fields.size).catch(CUSTOMER_SEARCH_DEFAULTS.size),
  sort: z.preprocess(first, fields.sort).catch(CUSTOMER_SEARCH_DEFAULTS.sort),
  dir: z.preprocess(first, fields.dir).catch(CUSTOMER_SEARCH_DEFAULTS.dir),
  rank: z
    .preprocess(first, fields.rank.nullable())
    .catch(CUSTOMER_SEARCH_DEFAULTS.rank),
  status: z
    .preprocess(first, fields.status)
    .catch(CUSTOMER_SEARCH_DEFAULTS.status),
});

/** Reads the table state from a page's searchParams; never throws. */
export function parseCustomerSearch(
  input: Record<string, string | string[] | undefined>,
): CustomerSearch {
  return customerSearchSchema.parse(input);
}

function fromZod<T>(schema: z.ZodType<T>) {
  return createParser<T>({
    parse: (value) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : null;
    },
    serialize: (value) => String(value),
  });
}

/** The same state for nuqs; values that fail the rules read as defaults. */
export const customerSearchParsers = {
  // Untrimmed, so that the search box can show exactly what was typed; the
  // server trims before searching.
  q: fromZod(z.string().max(MAX_QUERY_LENGTH)).withDefault(""),
  page: fromZod(fields.page).withDefault(CUSTOMER_SEARCH_DEFAULTS.page),
  size: fromZod(fields.size).withDefault(CUSTOMER_SEARCH_DEFAULTS.size),
  sort: fromZod(fields.sort).withDefault(CUSTOMER_SEARCH_DEFAULTS.sort),
  dir: fromZod(fields.dir).withDefault(CUSTOMER_SEARCH_DEFAULTS.dir),
  rank: fromZod(fields.rank),
  status: fromZod(fields.status).withDefault(CUSTOMER_SEARCH_DEFAULTS.status),
};

/** Builds a /customers URL; values equal to their default are left out. */
export const customerSearchHref = createSerializer(customerSearchParsers, {
  clearOnDefault: true,
});

export function hasCustomerFilters(search: CustomerSearch): boolean {
  return search.q !== "" || search.rank !== null || search.status !== "all";
}
