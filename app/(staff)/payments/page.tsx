import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { requirePageActor } from "@/lib/auth/session";
import { formatMinorUnits } from "@/lib/customers/format";
import { DELIVERY_FILTERS, listPayments } from "@/lib/payments/queries";

const PAGE_SIZE = 50;

const paramsSchema = z.object({
  delivery: z.enum(DELIVERY_FILTERS).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const DELIVERY_TONES: Record<string, BadgeTone> = {
  awaiting: "amber",
  delivered: "green",
  revoked: "neutral",
};
const STATUS_TONES: Record<string, BadgeTone> = {
  paid: "blue",
  refunded: "violet",
  charged_back: "red",
};

export default async function PaymentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageActor("payments.view");
  const params = paramsSchema.parse(await searchParams);
  const t = await getTranslations("payments");
  const format = await getFormatter();
  const locale = await getLocale();
  const { rows, total } = await listPayments(getDb(), {
    delivery: params.delivery,
    page: params.page,
    size: PAGE_SIZE,
  });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (changes: Partial<typeof params>) => {
    const next = { ...params, ...changes };
    return `/payments?delivery=${next.delivery}&page=${next.page}`;
  };

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav
        aria-label={t("filterLabel")}
        className="mb-3 flex flex-wrap gap-1.5"
      >
        {DELIVERY_FILTERS.map((value) => (
          <Link
            key={value}
            href={link({ delivery: value, page: 1 })}
            aria-current={params.delivery === value ? "page" : undefined}
            className={cn(
              buttonClasses(
                params.delivery === value ? "primary" : "secondary",
                "sm",
              ),
            )}
          >
            {t(`delivery.${value}`)}
          </Link>
        ))}
      </nav>
      <Card>
        {rows.length === 0 ? (
          <EmptyState
            title={total > 0 ? t("pastEnd") : t("empty")}
            action={
              total > 0 ? (
                <Link
                  href={link({ page: 1 })}
                  className={buttonClasses("secondary", "sm")}
                >
                  {t("firstPage")}
                </Link>
              ) : undefined
            }
          />
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t("paidAt")}</Th>
                <Th>{t("player")}</Th>
                <Th>{t("product")}</Th>
                <Th className="text-right">{t("amount")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("deliveryStatus")}</Th>
                <Th>{t("reference")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <Td className="font-mono text-xs whitespace-nowrap">
                    {format.dateTime(row.paidAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    })}
                  </Td>
                  <Td>
                    <Link
                      href={`/customers/${row.customerId}`}
                      className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                    >
                      {row.playerName}
                    </Link>
                  </Td>
                  <Td>{row.productName}</Td>
                  <Td className="text-right tabular-nums">
                    {formatMinorUnits(row.amountMinor, row.currency, locale)}
                  </Td>
                  <Td>
                    <Badge tone={STATUS_TONES[row.status]}>
                      {t(`status_${row.status}`)}
                    </Badge>
                  </Td>
                  <Td>
                    <Badge tone={DELIVERY_TONES[row.deliveryStatus]}>
                      {t(`delivery.${row.deliveryStatus}`)}
                    </Badge>
                  </Td>
                  <Td className="font-mono text-xs">{row.externalId}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <div className="mt-3 flex items-center justify-between text-sm text-slate-600 dark:text-slate-400">
        <span>
          {t("pageOf", { page: params.page, pages: pageCount, total })}
        </span>
        <span className="flex gap-2">
          {params.page > 1 && (
            <Link
              href={link({ page: params.page - 1 })}
              className={buttonClasses("secondary", "sm")}
            >
              {t("previous")}
            </Link>
          )}
          {params.page < pageCount && (
            <Link
              href={link({ page: params.page + 1 })}
              className={buttonClasses("secondary", "sm")}
            >
              {t("next")}
            </Link>
          )}
        </span>
      </div>
    </>
  );
}
