import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default async function NotFound() {
  const t = await getTranslations("shell");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <EmptyState
        title={t("notFound.title")}
        description={t("notFound.description")}
        action={
          <Link href="/" className={buttonClasses("secondary")}>
            {t("notFound.back")}
          </Link>
        }
      />
    </main>
  );
}
