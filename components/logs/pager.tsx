import { ChevronLeft, ChevronRight } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  type LogFilters,
} from "@/lib/logs/filters";
import { logsHref } from "@/lib/logs/logs-href";

/**
 * Keyset pages: "Older" continues after the last row shown, "Newest" starts
 * again from the top. There is no total count, which would mean reading
 * every matching row.
 */
export async function Pager({
  count,
  filters,
  nextCursor,
}: {
  count: number;
  filters: LogFilters;
  nextCursor: string | null;
}) {
  const t = await getTranslations("logs.pager");
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-3 py-2.5 text-sm dark:border-slate-800"
    >
      <p className="text-slate-600 dark:text-slate-400">
        {t("shown", { count })} · {nextCursor ? t("more") : t("end")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <p className="flex items-center gap-1 text-slate-600 dark:text-slate-400">
          {t("size")}
          {PAGE_SIZES.map((size) => (
            <Link
              key={size}
              href={logsHref(filters, {
                size: size === DEFAULT_PAGE_SIZE ? null : String(size),
              })}
              aria-current={size === filters.size ? "true" : undefined}
              className="rounded px-1.5 py-0.5 hover:bg-slate-100 aria-[current]:bg-slate-200 aria-[current]:font-semibold aria-[current]:text-slate-900 dark:hover:bg-slate-800 dark:aria-[current]:bg-slate-700 dark:aria-[current]:text-slate-100"
            >
              {size}
            </Link>
          ))}
        </p>
        <PageLink href={filters.cursor ? logsHref(filters) : null}>
          <ChevronLeft size={14} aria-hidden />
          {t("newest")}
        </PageLink>
        <PageLink
          href={nextCursor ? logsHref(filters, { cursor: nextCursor }) : null}
        >
          {t("older")}
          <ChevronRight size={14} aria-hidden />
        </PageLink>
      </div>
    </nav>
  );
}

function PageLink({
  href,
  children,
}: {
  href: string | null;
  children: React.ReactNode;
}) {
  const classes = buttonClasses("secondary", "sm");
  if (!href) {
    return (
      <span
        aria-disabled
        className={cn(classes, "pointer-events-none opacity-50")}
      >
        {children}
      </span>
    );
  }
  return (
    <Link href={href} className={classes}>
      {children}
    </Link>
  );
}
