import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentActor } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/safe-redirect";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

const KNOWN_ERRORS = new Set(["invalid", "rate_limited"]);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const error = typeof params.error === "string" ? params.error : null;
  // Any other error next-auth reports is shown as the generic failure.
  let initialError: string | null = null;
  if (error) initialError = KNOWN_ERRORS.has(error) ? error : "invalid";

  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600 dark:text-slate-400">
          {t("subtitle")}
        </p>
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      </div>
    </main>
  );
}
