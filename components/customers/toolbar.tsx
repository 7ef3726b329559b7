"use client";

import { LoaderCircle, Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { debounce } from "nuqs";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import {
  CUSTOMER_STATUSES,
  type CustomerStatus,
} from "@/lib/customers/search-params";
import type { RankBadge } from "@/lib/customers/types";
import { SortControl } from "./sort-control";
import { useCustomerSearch } from "./use-customer-search";

export function CustomersToolbar({
  ranks,
  canSearchEmail,
}: {
  ranks: RankBadge[];
  canSearchEmail: boolean;
}) {
  const t = useTranslations("customers");
  const { search, setSearch, isPending } = useCustomerSearch();
  const filtered =
    search.q !== "" || search.rank !== null || search.status !== "all";

  return (
    <form
      role="search"
      className="flex flex-wrap items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-800"
      onSubmit={(event) => {
        event.preventDefault();
        // A plain update replaces the pending debounced one right away.
        void setSearch({ q: search.q, page: null }, { history: "replace" });
      }}
    >
      <Label htmlFor="customer-search" className="sr-only">
        {t("search.label")}
      </Label>
      <div className="relative w-full sm:w-72">
        <Search
          size={16}
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-400"
        />
        <Input
          id="customer-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={search.q}
          placeholder={t(
            canSearchEmail ? "search.placeholder" : "search.placeholderNoEmail",
          )}
          className="w-full pl-8"
          onChange={(event) =>
            void setSearch(
              { q: event.target.value, page: null },
              { history: "replace", limitUrlUpdates: debounce(300) },
            )
          }
        />
      </div>
      <Label htmlFor="customer-rank" className="sr-only">
        {t("filters.rank")}
      </Label>
      <Select
        id="customer-rank"
        value={search.rank ?? ""}
        onChange={(event) =>
          void setSearch({ rank: event.target.value || null, page: null })
        }
      >
        <option value="">{t("filters.anyRank")}</option>
        {ranks.map((rank) => (
          <option key={rank.key} value={rank.key}>
            {rank.name}
          </option>
        ))}
      </Select>
      <Label htmlFor="customer-status" className="sr-only">
        {t("filters.status")}
      </Label>
      <Select
        id="customer-status"
        value={search.status}
        onChange={(event) =>
          void setSearch({
            status: event.target.value as CustomerStatus,
            page: null,
          })
        }
      >
        {CUSTOMER_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`filters.statuses.${status}`)}
          </option>
        ))}
      </Select>
      {filtered && (
        <Button
          variant="ghost"
          size="sm"
          onClick={() =>
            void setSearch({ q: null, rank: null, status: null, page: null })
          }
        >
          <X size={14} aria-hidden />
          {t("filters.clear")}
        </Button>
      )}
      {isPending && (
        <LoaderCircle
          size={16}
          role="status"
          aria-label={t("search.loading")}
          className="animate-spin text-slate-400"
        />
      )}
      <div className="ml-auto">
        <SortControl />
      </div>
    </form>
  );
}
