import { getTranslations } from "next-intl/server";
import { Table, Th } from "@/components/ui/table";
import type { LogFilters } from "@/lib/logs/filters";
import { logsHref } from "@/lib/logs/logs-href";
import type { LogEventView } from "@/lib/logs/queries";
import { LogRow } from "./log-row";

export async function ResultsTable({
  rows,
  filters,
}: {
  rows: LogEventView[];
  filters: LogFilters;
}) {
  const t = await getTranslations("logs.columns");
  return (
    <Table className="table-fixed">
      <colgroup>
        <col className="w-44" />
        <col className="w-28" />
        <col className="w-20" />
        <col className="w-32" />
        <col className="w-40" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <Th scope="col">{t("time")}</Th>
          <Th scope="col">{t("server")}</Th>
          <Th scope="col">{t("level")}</Th>
          <Th scope="col">{t("kind")}</Th>
          <Th scope="col">{t("player")}</Th>
          <Th scope="col">{t("message")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const who = row.player ?? row.playerUuid;
          return (
            <LogRow
              key={row.id}
              row={row}
              playerFilterHref={who ? logsHref(filters, { player: who }) : null}
            />
          );
        })}
      </tbody>
    </Table>
  );
}
