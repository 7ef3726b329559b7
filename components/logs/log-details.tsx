import { useTranslations } from "next-intl";
import type { LogEventView } from "@/lib/logs/queries";
import { formatPosition, fullUtc } from "./format";

/** Shows the raw text of a record and the fields the parser found in it. */
export function LogDetails({ row }: { row: LogEventView }) {
  const t = useTranslations("logs.details");
  const fields: [string, string | number | null][] = [
    [t("time"), fullUtc(row.ts)],
    [t("thread"), row.thread],
    [t("logger"), row.logger],
    [t("uuid"), row.playerUuid],
    [t("ip"), row.ip],
    [t("port"), row.port],
    [t("entityId"), row.entityId],
    [t("position"), formatPosition(row.world, row.x, row.y, row.z)],
    [t("line"), row.lineNumber],
    [t("id"), row.id],
  ];
  return (
    <div className="space-y-3 px-3 py-3">
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs">
        {fields
          .filter(([, value]) => value !== null && value !== "")
          .map(([label, value]) => (
            <div key={label} className="flex min-w-0 gap-2">
              <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
              <dd className="font-mono break-all">{value}</dd>
            </div>
          ))}
      </dl>
      <div>
        <p className="mb-1 text-xs font-medium text-slate-500 dark:text-slate-400">
          {t("raw")}
        </p>
        <pre className="max-h-96 overflow-auto rounded-md bg-slate-100 p-3 font-mono text-xs [overflow-wrap:anywhere] whitespace-pre-wrap dark:bg-slate-950">
          {row.raw}
        </pre>
        {row.rawLength > row.raw.length && (
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            {t("rawTruncated", { shown: row.raw.length, total: row.rawLength })}
          </p>
        )}
      </div>
    </div>
  );
}
