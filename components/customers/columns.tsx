"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { formatMinorUnits, MAIN_CURRENCY } from "@/lib/customers/format";
import type { CustomerListRow } from "@/lib/customers/types";
import { CopyButton } from "./copy-button";
import { RankBadge, StatusBadge } from "./rank-badge";

const MUTED = "text-slate-500 dark:text-slate-400";

/** Column definitions; ids of sortable columns are the URL's sort keys. */
export function useCustomerColumns(now: number): ColumnDef<CustomerListRow>[] {
  const t = useTranslations("customers");
  const format = useFormatter();
  const locale = useLocale();

  return useMemo<ColumnDef<CustomerListRow>[]>(
    () => [
      {
        id: "player",
        accessorFn: (customer) => customer.playerName,
        header: t("columns.player"),
        sortDescFirst: false,
        cell: ({ row: { original: customer } }) => (
          <span className="flex items-center gap-2">
            <span
              aria-hidden
              className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300"
            >
              {customer.playerName.charAt(0).toUpperCase()}
            </span>
            <Link
              href={`/customers/${customer.id}`}
              className="font-medium text-slate-900 hover:underline dark:text-slate-100"
            >
              {customer.playerName}
            </Link>
          </span>
        ),
      },
      {
        id: "uuid",
        header: t("columns.uuid"),
        enableSorting: false,
        cell: ({ row: { original: customer } }) => (
          <span className="flex items-center gap-1">
            <span className="font-mono text-xs" title={customer.minecraftUuid}>
              {customer.minecraftUuid.slice(0, 8)}…
            </span>
            <CopyButton
              value={customer.minecraftUuid}
              label={t("copyUuid", { player: customer.playerName })}
              copiedLabel={t("copied")}
            />
          </span>
        ),
      },
      {
        id: "email",
        header: t("columns.email"),
        enableSorting: false,
        cell: ({ row: { original: customer } }) =>
          customer.email ? (
            <span className="block max-w-44 truncate" title={customer.email}>
              {customer.email}
            </span>
          ) : (
            <span className={MUTED}>{t("noEmail")}</span>
          ),
      },
      {
        id: "ranks",
        header: t("columns.ranks"),
        enableSorting: false,
        cell: ({ row: { original: customer } }) => (
          <span className="flex flex-wrap gap-1">
            {customer.ranks.map((rank) => (
              <RankBadge key={rank.key} rank={rank} />
            ))}
          </span>
        ),
      },
      {
        id: "points",
        accessorFn: (customer) => customer.pointsBalance,
        header: t("columns.points"),
        cell: ({ row: { original: customer } }) =>
          format.number(customer.pointsBalance),
      },
      {
        id: "totalPaid",
        accessorFn: (customer) => customer.totalPaidMinor,
        header: t("columns.totalPaid"),
        cell: ({ row: { original: customer } }) => {
          const others = customer.otherTotals.map((total) =>
            formatMinorUnits(total.amountMinor, total.currency, locale),
          );
          return (
            <span
              title={
                others.length
                  ? t("alsoPaid", { amounts: others.join(", ") })
                  : undefined
              }
            >
              {formatMinorUnits(customer.totalPaidMinor, MAIN_CURRENCY, locale)}
              {others.length > 0 && (
                <span className={`block text-xs ${MUTED}`}>
                  + {others.join(", ")}
                </span>
              )}
            </span>
          );
        },
      },
      {
        id: "lastSeen",
        accessorFn: (customer) => customer.lastSeenAt,
        header: t("columns.lastSeen"),
        cell: ({ row: { original: customer } }) =>
          customer.lastSeenAt ? (
            <time
              dateTime={customer.lastSeenAt.toISOString()}
              title={format.dateTime(customer.lastSeenAt, {
                dateStyle: "medium",
                timeStyle: "short",
              })}
            >
              {format.relativeTime(customer.lastSeenAt, now)}
            </time>
          ) : (
            <span className={MUTED}>{t("never")}</span>
          ),
      },
      {
        id: "status",
        header: t("columns.status"),
        enableSorting: false,
        cell: ({ row: { original: customer } }) => (
          <StatusBadge
            banned={customer.banned}
            label={t(customer.banned ? "status.banned" : "status.active")}
          />
        ),
      },
    ],
    [t, format, locale, now],
  );
}
