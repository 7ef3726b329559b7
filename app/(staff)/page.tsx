import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { LatestLogs } from "@/components/dashboard/latest-logs";
import { LogVolumeChart } from "@/components/dashboard/log-volume-chart";
import { StatTile } from "@/components/dashboard/stat-tile";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import {
  getDashboardCounts,
  getHourlyLogVolume,
  getLatestLogRecords,
} from "@/lib/dashboard/queries";

export default async function DashboardPage() {
  const actor = await requirePageActor("dashboard.view");
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const db = getDb();
  const [counts, volume, latest] = await Promise.all([
    getDashboardCounts(db),
    getHourlyLogVolume(db),
    getLatestLogRecords(db, 12, can(actor.role, "logs.viewIp")),
  ]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <StatTile
          label={t("customers")}
          value={format.number(counts.customers)}
          href="/customers"
        />
        <StatTile
          label={t("bannedPlayers")}
          value={format.number(counts.bannedPlayers)}
          href="/customers?status=banned"
        />
        <StatTile
          label={t("pointsInCirculation")}
          value={format.number(counts.pointsInCirculation)}
        />
        <StatTile
          label={t("logRecords24h")}
          value={format.number(counts.logRecords24h)}
          href="/logs"
        />
        <StatTile
          label={t("awaitingDelivery")}
          value={format.number(counts.paymentsAwaitingDelivery)}
          hint={t("awaitingDeliveryHint")}
          href="/payments"
        />
      </div>
      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card>
          <CardHeader title={t("logVolume")} />
          <LogVolumeChart data={volume} label={t("records")} />
        </Card>
        <Card>
          <CardHeader
            title={t("latestLogs")}
            action={
              <Link
                href="/logs"
                className="text-sm text-indigo-600 hover:underline dark:text-indigo-400"
              >
                {t("openLogViewer")}
              </Link>
            }
          />
          <LatestLogs records={latest} />
        </Card>
      </div>
    </>
  );
}
