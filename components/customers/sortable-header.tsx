"use client";

import { flexRender, type Header } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { Th } from "@/components/ui/table";

const SORT_ICONS = { asc: ArrowUp, desc: ArrowDown } as const;
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** Renders a column header. Sortable headers are buttons that announce their order. */
export function SortableHeader<TData>({
  header,
  numeric,
  labels,
}: {
  header: Header<TData, unknown>;
  numeric: boolean;
  labels: { asc: string; desc: string };
}) {
  const { column } = header;
  const content = flexRender(column.columnDef.header, header.getContext());
  const sorted = column.getIsSorted();
  const Icon = sorted ? SORT_ICONS[sorted] : ArrowUpDown;
  return (
    <Th
      scope="col"
      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
      className={cn(numeric && "text-right")}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          onClick={column.getToggleSortingHandler()}
          className={cn(
            "inline-flex items-center gap-1 text-left uppercase hover:text-slate-900 dark:hover:text-slate-100",
            sorted && "text-slate-900 dark:text-slate-100",
          )}
        >
          {content}
          <Icon
            size={13}
            aria-hidden
            className={sorted ? undefined : "opacity-40"}
          />
          {sorted && (
            <span className="sr-only">
              , {sorted === "asc" ? labels.asc : labels.desc}
            </span>
          )}
        </button>
      ) : (
        content
      )}
    </Th>
  );
}
