"use client";

import type { Table } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { DataTablePagination } from "@/components/ui/data-table-pagination";
import { PAGE_SIZES } from "@/lib/customers/search-params";

export function CustomersPagination<TData>({
  table,
  total,
}: {
  table: Table<TData>;
  total: number;
}) {
  const t = useTranslations("customers.pagination");
  const { pageIndex, pageSize } = table.getState().pagination;
  const from = Math.min(total, pageIndex * pageSize + 1);
  const to = Math.min(total, (pageIndex + 1) * pageSize);
  return (
    <DataTablePagination
      table={table}
      pageSizes={PAGE_SIZES}
      labels={{
        summary: t("showing", { from, to, total }),
        page: t("page", {
          page: pageIndex + 1,
          pages: Math.max(1, table.getPageCount()),
        }),
        previous: t("previous"),
        next: t("next"),
        pageSize: t("pageSize"),
      }}
    />
  );
}
