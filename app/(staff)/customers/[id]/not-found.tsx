import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export default async function CustomerNotFound() {
  const t = await getTranslations("customers.notFound");
  return (
    <Card>
      <EmptyState
        title={t("title")}
        description={t("description")}
        action={
          <Link href="/customers" className={buttonClasses("secondary", "sm")}>
            {t("back")}
          </Link>
        }
      />
    </Card>
  );
}
