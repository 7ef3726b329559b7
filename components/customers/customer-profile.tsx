import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { CustomerDetail } from "@/lib/customers/types";
import { CopyButton } from "./copy-button";
import { RankBadge, StatusBadge } from "./rank-badge";

const TERM = "text-xs font-medium text-slate-500 dark:text-slate-400";
const DATE_TIME = { dateStyle: "medium", timeStyle: "short" } as const;

export async function CustomerProfile({
  customer,
  now,
}: {
  customer: CustomerDetail;
  now: Date;
}) {
  const t = await getTranslations("customers");
  const format = await getFormatter();
  const ban = customer.openBan;
  return (
    <Card className="lg:col-span-2">
      <CardHeader title={t("detail.profile")} />
      <dl className="grid gap-x-6 gap-y-4 p-4 sm:grid-cols-[3fr_2fr_2fr]">
        <div className="sm:col-span-3">
          <dt className={TERM}>{t("detail.uuid")}</dt>
          <dd className="flex items-center gap-1 font-mono text-sm break-all">
            {customer.minecraftUuid}
            <CopyButton
              value={customer.minecraftUuid}
              label={t("copyUuid", { player: customer.playerName })}
              copiedLabel={t("copied")}
            />
          </dd>
        </div>
        <div>
          <dt className={TERM}>{t("detail.email")}</dt>
          <dd className="text-sm [overflow-wrap:anywhere]">
            {customer.email ?? (
              <span className="text-slate-500 dark:text-slate-400">
                {t("noEmail")}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className={TERM}>{t("detail.joined")}</dt>
          <dd className="text-sm">
            {format.dateTime(customer.joinedAt, DATE_TIME)}
          </dd>
        </div>
        <div>
          <dt className={TERM}>{t("detail.lastSeen")}</dt>
          <dd className="text-sm">
            {customer.lastSeenAt ? (
              <time
                dateTime={customer.lastSeenAt.toISOString()}
                title={format.dateTime(customer.lastSeenAt, DATE_TIME)}
              >
                {format.relativeTime(customer.lastSeenAt, now)}
              </time>
            ) : (
              t("never")
            )}
          </dd>
        </div>
        <div className="sm:col-span-3">
          <dt className={TERM}>{t("detail.status")}</dt>
          <dd className="mt-0.5 flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge
              banned={ban !== null}
              label={t(ban ? "status.banned" : "status.active")}
            />
            {ban && (
              <span>
                {ban.expiresAt
                  ? t("detail.banUntil", {
                      date: format.dateTime(ban.expiresAt, DATE_TIME),
                    })
                  : t("detail.banPermanent", {
                      date: format.dateTime(ban.createdAt, DATE_TIME),
                    })}
              </span>
            )}
          </dd>
          {ban && (
            <dd className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm dark:border-red-900 dark:bg-red-950/40">
              <span className="font-medium">{t("detail.banReason")} </span>
              <span className="whitespace-pre-wrap">{ban.reason}</span>
            </dd>
          )}
        </div>
      </dl>
    </Card>
  );
}

export async function CustomerRanks({
  customer,
}: {
  customer: CustomerDetail;
}) {
  const t = await getTranslations("customers.detail");
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader title={t("pointBalance")} />
      <p className="px-4 pt-3 text-2xl font-semibold tabular-nums">
        {t("points", { count: customer.pointsBalance })}
      </p>
      <h2 className="px-4 pt-4 text-sm font-semibold">{t("ranks")}</h2>
      {customer.ranks.length === 0 ? (
        <p className="px-4 pt-1 pb-4 text-sm text-slate-500 dark:text-slate-400">
          {t("noRanks")}
        </p>
      ) : (
        <ul className="flex flex-col gap-2 px-4 pt-2 pb-4">
          {customer.ranks.map((rank) => (
            <li
              key={rank.key}
              className="flex flex-wrap items-center gap-2 text-sm"
            >
              <RankBadge rank={rank} />
              <span className="text-slate-600 dark:text-slate-400">
                {t("grantedOn", {
                  date: format.dateTime(rank.grantedAt, {
                    dateStyle: "medium",
                  }),
                })}
                {rank.expiresAt &&
                  `, ${t("expiresOn", {
                    date: format.dateTime(rank.expiresAt, {
                      dateStyle: "medium",
                    }),
                  })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
