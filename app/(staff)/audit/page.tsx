import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { listAuditEvents } from "@/lib/audit/queries";
import { requirePageActor } from "@/lib/auth/session";

const paramsSchema = z.object({
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageActor("audit.view");
  const params = paramsSchema.parse(await searchParams);
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const page = await listAuditEvents(getDb(), { before: params.before });

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        {page.events.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t("time")}</Th>
                <Th>{t("actor")}</Th>
                <Th>{t("action")}</Th>
                <Th>{t("target")}</Th>
                <Th>{t("change")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.events.map((event) => (
                <tr key={event.id}>
                  <Td className="font-mono text-xs whitespace-nowrap">
                    {format.dateTime(event.createdAt, {
                      dateStyle: "medium",
                      timeStyle: "medium",
                    })}
                  </Td>
                  <Td>{event.actorEmail}</Td>
                  <Td className="font-mono text-xs">{event.action}</Td>
                  <Td className="font-mono text-xs">
                    {event.targetType}
                    {event.targetId ? ` #${event.targetId}` : ""}
                  </Td>
                  <Td>
                    <details>
                      <summary className="cursor-pointer text-xs text-indigo-700 dark:text-indigo-300">
                        {t("showChange")}
                      </summary>
                      <pre className="mt-1 max-w-xl overflow-x-auto text-xs whitespace-pre-wrap">
                        {JSON.stringify(
                          { before: event.before, after: event.after },
                          null,
                          2,
                        )}
                      </pre>
                    </details>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <div className="mt-3 flex gap-2">
        {params.before && (
          <Link href="/audit" className={buttonClasses("secondary", "sm")}>
            {t("newest")}
          </Link>
        )}
        {page.nextBefore && (
          <Link
            href={`/audit?before=${page.nextBefore}`}
            className={buttonClasses("secondary", "sm")}
          >
            {t("older")}
          </Link>
        )}
      </div>
    </>
  );
}
