import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { LatestLogRecord } from "@/lib/dashboard/queries";

export async function LatestLogs({ records }: { records: LatestLogRecord[] }) {
  const t = await getTranslations("dashboard");
  const kinds = await getTranslations("logs.kinds");
  const format = await getFormatter();
  if (records.length === 0) {
    return (
      <EmptyState title={t("noLogs")} description={t("noLogsDescription")} />
    );
  }
  return (
    <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
      {records.map((record) => (
        <li
          key={record.id}
          className="flex min-w-0 items-baseline gap-2 px-4 py-1.5"
        >
          <time
            dateTime={record.ts.toISOString()}
            className="shrink-0 font-mono text-xs text-slate-500"
          >
            {format.dateTime(record.ts, {
              month: "short",
              day: "numeric",
              hour: "2-digit",
              minute: "2-digit",
              second: "2-digit",
            })}
          </time>
          <Badge className="shrink-0">{record.server}</Badge>
          <Badge tone="blue" className="shrink-0">
            {kinds.has(record.kind) ? kinds(record.kind) : record.kind}
          </Badge>
          {record.player && (
            <Link
              href={`/logs?player=${encodeURIComponent(record.player)}`}
              className="shrink-0 font-medium text-indigo-700 hover:underline dark:text-indigo-300"
            >
              {record.player}
            </Link>
          )}
          <span className="truncate text-slate-700 dark:text-slate-300">
            {record.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
