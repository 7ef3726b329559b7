import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMinorUnits } from "@/lib/customers/format";
import type { CustomerPayment, Recent } from "@/lib/customers/types";
import { HistoryCard } from "./history-card";

const STATUS_TONES: Record<CustomerPayment["status"], BadgeTone> = {
  paid: "green",
  refunded: "amber",
  charged_back: "red",
};

const DELIVERY_TONES: Record<CustomerPayment["deliveryStatus"], BadgeTone> = {
  awaiting: "amber",
  delivered: "green",
  revoked: "neutral",
};

export async function PaymentsTable({
  payments,
}: {
  payments: Recent<CustomerPayment>;
}) {
  const t = await getTranslations("customers.payments");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <HistoryCard
      title={t("title")}
      empty={payments.rows.length === 0 ? t("empty") : null}
      note={
        payments.more
          ? t("more", {
              shown: payments.rows.length,
              total: payments.total ?? 0,
            })
          : null
      }
    >
      <Table>
        <thead>
          <tr>
            <Th scope="col">{t("date")}</Th>
            <Th scope="col">{t("product")}</Th>
            <Th scope="col" className="text-right">
              {t("amount")}
            </Th>
            <Th scope="col">{t("status")}</Th>
            <Th scope="col">{t("delivery")}</Th>
          </tr>
        </thead>
        <tbody>
          {payments.rows.map((payment) => (
            <tr key={payment.id}>
              <Td className="whitespace-nowrap">
                {format.dateTime(payment.paidAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                })}
              </Td>
              <Td>{payment.productName}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">
                {formatMinorUnits(
                  payment.amountMinor,
                  payment.currency,
                  locale,
                )}
              </Td>
              <Td>
                <Badge tone={STATUS_TONES[payment.status]}>
                  {t(`statuses.${payment.status}`)}
                </Badge>
              </Td>
              <Td>
                <Badge tone={DELIVERY_TONES[payment.deliveryStatus]}>
                  {t(`deliveries.${payment.deliveryStatus}`)}
                </Badge>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </HistoryCard>
  );
}
