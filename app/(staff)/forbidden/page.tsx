import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";

export default async function ForbiddenPage({
  searchParams,
}: {
  searchParams: Promise<{ need?: string }>;
}) {
  const { need } = await searchParams;
  // Only a real permission name is echoed back, not any text from the URL.
  const permission = need && Object.hasOwn(PERMISSIONS, need) ? need : "—";
  const actor = await currentActor();
  const t = await getTranslations("shell");
  return (
    <EmptyState
      title={t("forbidden.title")}
      description={t("forbidden.description", {
        role: actor ? t(`roles.${actor.role}`) : "—",
        permission,
      })}
      action={
        <Link href="/" className={buttonClasses("secondary")}>
          {t("forbidden.back")}
        </Link>
      }
    />
  );
}
