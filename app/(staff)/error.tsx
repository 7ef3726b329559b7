"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Shown when a staff page fails to render, for example while the database
// is unreachable. The digest matches the server's log line for the error.
export default function StaffError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("shell");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <EmptyState
      title={t("error.title")}
      description={
        <>
          {t("error.description")}
          {error.digest && (
            <span className="mt-2 block font-mono text-xs">
              {t("error.reference")}: {error.digest}
            </span>
          )}
        </>
      }
      action={<Button onClick={reset}>{t("error.retry")}</Button>}
    />
  );
}
