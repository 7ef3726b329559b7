"use client";

import { ArrowDownWideNarrow, ArrowUpNarrowWide } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/input";
import {
  CUSTOMER_SORTS,
  type CustomerSort,
} from "@/lib/customers/search-params";
import { useCustomerSearch } from "./use-customer-search";

/**
 * Sort key and direction as form controls: the column headers do the same,
 * but not every key has a column (join date) and narrow screens scroll the
 * headers out of view.
 */
export function SortControl() {
  const t = useTranslations("customers.sort");
  const { search, setSearch } = useCustomerSearch();
  const ascending = search.dir === "asc";
  return (
    <div className="flex items-center gap-1">
      <Label htmlFor="customer-sort" className="sr-only">
        {t("label")}
      </Label>
      <Select
        id="customer-sort"
        value={search.sort}
        onChange={(event) =>
          void setSearch({
            sort: event.target.value as CustomerSort,
            page: null,
          })
        }
      >
        {CUSTOMER_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`options.${sort}`)}
          </option>
        ))}
      </Select>
      <Button
        variant="secondary"
        className="px-2"
        aria-label={t(ascending ? "ascending" : "descending")}
        title={t(ascending ? "ascending" : "descending")}
        onClick={() =>
          void setSearch({ dir: ascending ? "desc" : "asc", page: null })
        }
      >
        {ascending ? (
          <ArrowUpNarrowWide size={16} aria-hidden />
        ) : (
          <ArrowDownWideNarrow size={16} aria-hidden />
        )}
      </Button>
    </div>
  );
}
