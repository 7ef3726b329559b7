import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { FilterBar } from "@/components/logs/filter-bar";
import { IgnoredNotes } from "@/components/logs/ignored-notes";
import { Pager } from "@/components/logs/pager";
import { ResultsTable } from "@/components/logs/results-table";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageActor } from "@/lib/auth/session";
import { parseLogFilters, type RawSearchParams } from "@/lib/logs/filters";
import { hasLogEvents, listLogEvents, listServers } from "@/lib/logs/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("logs");
  return { title: t("title") };
}

export default async function LogsPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const actor = await requirePageActor("logs.view");
  const t = await getTranslations("logs");
  const { filters, ignored } = parseLogFilters(await searchParams);
  const db = getDb();
  const servers = await listServers(db);
  if (
    filters.serverId !== null &&
    !servers.some((server) => server.id === filters.serverId)
  ) {
    ignored.push({ param: "server", value: String(filters.serverId) });
    filters.serverId = null;
  }
  const page = await listLogEvents(db, filters, actor.role);
  // A page can be empty while older rows exist, when masking hid its matches.
  const noMatch = page.rows.length === 0 && page.nextCursor === null;
  const tableEmpty = noMatch && !(await hasLogEvents(db));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <FilterBar
        servers={servers.map((server) => ({
          id: server.id,
          name: server.name,
        }))}
      />
      <IgnoredNotes ignored={ignored} />
      <Card className="overflow-hidden">
        {tableEmpty ? (
          <EmptyState
            title={t("empty.title")}
            description={t.rich("empty.description", {
              code: (chunks) => (
                <code className="rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">
                  {chunks}
                </code>
              ),
            })}
          />
        ) : noMatch ? (
          <EmptyState
            title={t("noMatch.title")}
            description={t("noMatch.description")}
            action={
              <Link href="/logs" className={buttonClasses("secondary", "sm")}>
                {t("noMatch.clear")}
              </Link>
            }
          />
        ) : (
          <>
            <ResultsTable rows={page.rows} filters={filters} />
            <Pager
              count={page.rows.length}
              filters={filters}
              nextCursor={page.nextCursor}
            />
          </>
        )}
      </Card>
    </>
  );
}
