import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { Table, Td, Th } from "@/components/ui/table";
import type { LedgerEntry, Recent } from "@/lib/customers/types";
import { HistoryCard } from "./history-card";

export async function LedgerTable({ ledger }: { ledger: Recent<LedgerEntry> }) {
  const t = await getTranslations("customers.ledger");
  const format = await getFormatter();
  return (
    <HistoryCard
      title={t("title")}
      empty={ledger.rows.length === 0 ? t("empty") : null}
      note={
        ledger.more
          ? t("more", { shown: ledger.rows.length, total: ledger.total ?? 0 })
          : null
      }
    >
      <Table>
        <thead>
          <tr>
            <Th scope="col">{t("date")}</Th>
            <Th scope="col" className="text-right">
              {t("delta")}
            </Th>
            <Th scope="col" className="text-right">
              {t("balanceAfter")}
            </Th>
            <Th scope="col">{t("source")}</Th>
            <Th scope="col">{t("reason")}</Th>
          </tr>
        </thead>
        <tbody>
          {ledger.rows.map((entry) => (
            <tr key={entry.id}>
              <Td className="whitespace-nowrap">
                {format.dateTime(entry.createdAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                })}
              </Td>
              <Td
                className={cn(
                  "text-right font-medium tabular-nums",
                  entry.delta > 0
                    ? "text-emerald-700 dark:text-emerald-400"
                    : "text-red-700 dark:text-red-400",
                )}
              >
                {format.number(entry.delta, { signDisplay: "always" })}
              </Td>
              <Td className="text-right tabular-nums">
                {format.number(entry.balanceAfter)}
              </Td>
              <Td className="whitespace-nowrap">
                {t.has(`sources.${entry.source}`)
                  ? t(`sources.${entry.source}`)
                  : entry.source}
              </Td>
              <Td className="break-words">{entry.reason}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </HistoryCard>
  );
}
