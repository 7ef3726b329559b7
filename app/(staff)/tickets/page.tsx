import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";

export default async function TicketsPage() {
  await requirePageActor("tickets.view");
  const t = await getTranslations("tickets");
  return (
    <>
      <PageHeader title={t("title")} />
      <Card>
        <EmptyState
          title={t("empty.title")}
          description={t("empty.description")}
        />
      </Card>
    </>
  );
}
