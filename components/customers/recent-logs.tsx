import { ExternalLink } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { PlayerLogRecord, Recent } from "@/lib/customers/types";
import { HistoryCard } from "./history-card";

const KIND_TONES: Record<string, BadgeTone> = {
  join: "blue",
  leave: "blue",
  auth_login: "green",
  auth_register: "green",
  auth_failed: "red",
  command: "violet",
  death: "amber",
  unknown: "amber",
};

export async function RecentLogs({
  playerName,
  logs,
}: {
  playerName: string;
  logs: Recent<PlayerLogRecord>;
}) {
  const t = await getTranslations("customers.logs");
  const format = await getFormatter();
  const viewerHref = `/logs?player=${encodeURIComponent(playerName)}`;
  return (
    <HistoryCard
      title={t("title")}
      action={
        <Link
          href={viewerHref}
          className="inline-flex items-center gap-1 text-sm text-indigo-700 hover:underline dark:text-indigo-300"
        >
          {t("open")}
          <ExternalLink size={13} aria-hidden />
        </Link>
      }
      empty={logs.rows.length === 0 ? t("empty") : null}
      note={logs.more ? t("more", { shown: logs.rows.length }) : null}
    >
      <Table>
        <thead>
          <tr>
            <Th scope="col">{t("time")}</Th>
            <Th scope="col">{t("server")}</Th>
            <Th scope="col">{t("kind")}</Th>
            <Th scope="col">{t("message")}</Th>
          </tr>
        </thead>
        <tbody>
          {logs.rows.map((record) => (
            <tr key={record.id}>
              <Td className="whitespace-nowrap tabular-nums">
                <Link href={viewerHref} className="hover:underline">
                  <time dateTime={record.ts.toISOString()}>
                    {format.dateTime(record.ts, {
                      dateStyle: "short",
                      timeStyle: "medium",
                    })}
                  </time>
                </Link>
              </Td>
              <Td className="whitespace-nowrap">{record.serverName}</Td>
              <Td>
                <Badge tone={KIND_TONES[record.kind] ?? "neutral"}>
                  {t.has(`kinds.${record.kind}`)
                    ? t(`kinds.${record.kind}`)
                    : record.kind}
                </Badge>
              </Td>
              <Td className="font-mono text-xs break-all">{record.message}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </HistoryCard>
  );
}
