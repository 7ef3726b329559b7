"use client";

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type PaginationState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import {
  PAGE_SIZES,
  type CustomerSort,
  type PageSize,
} from "@/lib/customers/search-params";
import type { CustomerListRow } from "@/lib/customers/types";
import { Table, Td } from "@/components/ui/table";
import { useCustomerColumns } from "./columns";
import { CustomersPagination } from "./pagination";
import { SortableHeader } from "./sortable-header";
import { useCustomerSearch } from "./use-customer-search";

const NUMERIC = new Set(["points", "totalPaid"]);

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function"
    ? (updater as (old: T) => T)(current)
    : updater;
}

/**
 * Renders one server-fetched page. Sorting and paging are manual: they only
 * change the URL, and the server renders the new page. The headers
 * follow the URL at once, so a second click while the page loads builds on
 * the first.
 */
export function CustomersTable({
  rows,
  total,
  now,
}: {
  rows: CustomerListRow[];
  total: number;
  now: number;
}) {
  const t = useTranslations("customers");
  const router = useRouter();
  const { search, setSearch } = useCustomerSearch();
  const columns = useCustomerColumns(now);
  const sorting: SortingState = [
    { id: search.sort, desc: search.dir === "desc" },
  ];
  const pagination: PaginationState = {
    pageIndex: search.page - 1,
    pageSize: search.size,
  };

  // TanStack Table returns non-memoizable functions by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    rowCount: total,
    state: { sorting, pagination },
    manualPagination: true,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: true,
    getRowId: (row) => String(row.id),
    getCoreRowModel: getCoreRowModel(),
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      if (!next) return;
      void setSearch({
        sort: next.id as CustomerSort,
        dir: next.desc ? "desc" : "asc",
        page: null,
      });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      const size = PAGE_SIZES.find((value) => value === next.pageSize);
      void setSearch({
        page: next.pageIndex + 1,
        size: (size ?? search.size) as PageSize,
      });
    },
  });

  function openRow(event: React.MouseEvent, id: number) {
    const target = event.target as HTMLElement;
    // Links and buttons handle their own clicks; selecting text is not a click.
    if (target.closest("a, button")) return;
    if (window.getSelection()?.toString()) return;
    router.push(`/customers/${id}`);
  }

  return (
    <>
      <Table>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableHeader
                  key={header.id}
                  header={header}
                  numeric={NUMERIC.has(header.column.id)}
                  labels={{
                    asc: t("sortAscending"),
                    desc: t("sortDescending"),
                  }}
                />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              onClick={(event) => openRow(event, row.original.id)}
              className="cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-800/40"
            >
              {row.getVisibleCells().map((cell) => (
                <Td
                  key={cell.id}
                  className={
                    // leading-6 lines text up with the 24px initial
                    // in the player column.
                    NUMERIC.has(cell.column.id)
                      ? "text-right leading-6 whitespace-nowrap tabular-nums"
                      : "leading-6 whitespace-nowrap"
                  }
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      <CustomersPagination table={table} total={total} />
    </>
  );
}
