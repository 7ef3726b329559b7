import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { currentActor } from "@/lib/auth/session";

export default async function ForbiddenPage({
  searchParams,
}: {
  searchParams: Promise<{ need?: string }>;
}) {
  const { need } = await searchParams;
  const actor = await currentActor();
  const t = await getTranslations("shell");
  return (
    <EmptyState
      title={t("forbidden.title")}
      description={t("forbidden.description", {
        role: actor ? t(`roles.${actor.role}`) : "—",
        permission: need ?? "—",
      })}
      action={
        <Link href="/" className={buttonClasses("secondary")}>
          {t("forbidden.back")}
        </Link>
      }
    />
  );
}
