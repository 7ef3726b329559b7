import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CustomersResults } from "@/components/customers/customers-results";
import { CustomersTableSkeleton } from "@/components/customers/table-skeleton";
import { CustomersToolbar } from "@/components/customers/toolbar";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listRankOptions } from "@/lib/customers/queries";
import { parseCustomerSearch } from "@/lib/customers/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers");
  return { title: t("title") };
}

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("customers.view");
  const search = parseCustomerSearch(await searchParams);
  const [t, ranks] = await Promise.all([
    getTranslations("customers"),
    listRankOptions(getDb()),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CustomersToolbar
          ranks={ranks}
          canSearchEmail={can(actor.role, "customers.viewEmail")}
        />
        <Suspense
          key={JSON.stringify(search)}
          fallback={<CustomersTableSkeleton rows={Math.min(search.size, 12)} />}
        >
          <CustomersResults search={search} viewer={{ role: actor.role }} />
        </Suspense>
      </Card>
    </>
  );
}
