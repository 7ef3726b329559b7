"use client";

import type { Table } from "@tanstack/react-table";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useId } from "react";
import { Button } from "./button";
import { Label, Select } from "./input";

export interface DataTablePaginationLabels {
  summary: string;
  page: string;
  previous: string;
  next: string;
  pageSize: string;
}

/**
 * Previous/next and page-size controls for a TanStack table with manual
 * (server-side) pagination. The caller words every label.
 */
export function DataTablePagination<TData>({
  table,
  pageSizes,
  labels,
}: {
  table: Table<TData>;
  pageSizes: readonly number[];
  labels: DataTablePaginationLabels;
}) {
  const sizeId = useId();
  const { pageSize } = table.getState().pagination;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5 text-sm text-slate-600 dark:text-slate-400">
      <p aria-live="polite">{labels.summary}</p>
      <div className="flex items-center gap-4">
        <div className="flex items-center gap-2">
          <Label htmlFor={sizeId}>{labels.pageSize}</Label>
          <Select
            id={sizeId}
            value={pageSize}
            className="h-8"
            onChange={(event) => table.setPageSize(Number(event.target.value))}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </Select>
        </div>
        <span className="tabular-nums">{labels.page}</span>
        <div className="flex gap-1">
          <Button
            variant="secondary"
            size="sm"
            aria-label={labels.previous}
            title={labels.previous}
            disabled={!table.getCanPreviousPage()}
            onClick={() => table.previousPage()}
          >
            <ChevronLeft size={16} aria-hidden />
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-label={labels.next}
            title={labels.next}
            disabled={!table.getCanNextPage()}
            onClick={() => table.nextPage()}
          >
            <ChevronRight size={16} aria-hidden />
          </Button>
        </div>
      </div>
    </div>
  );
}
