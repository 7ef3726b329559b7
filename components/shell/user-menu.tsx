"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Check, ChevronDown } from "lucide-react";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/config";

const ITEM =
  "flex cursor-default items-center justify-between gap-3 rounded px-2 py-1.5 text-sm outline-none select-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

export function UserMenu({
  name,
  email,
  role,
}: {
  name: string;
  email: string;
  role: string;
}) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const { theme, setTheme } = useTheme();
  const router = useRouter();
  const [, startTransition] = useTransition();

  function chooseLocale(next: string) {
    startTransition(async () => {
      await setLocale(next);
      router.refresh();
    });
  }

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
        aria-label={t("accountMenu")}
      >
        <span className="text-right leading-tight">
          <span className="block font-medium">{name}</span>
          <span className="block text-xs text-slate-500">
            {t(`roles.${role}`)}
          </span>
        </span>
        <ChevronDown size={14} aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-slate-500">
            {email}
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <DropdownMenu.Label className="px-2 pt-1 text-xs font-semibold text-slate-500">
            {t("language")}
          </DropdownMenu.Label>
          {LOCALES.map((code) => (
            <DropdownMenu.Item
              key={code}
              className={ITEM}
              onSelect={() => chooseLocale(code)}
            >
              {t(`languages.${code}`)}
              {locale === code && <Check size={14} aria-label={t("current")} />}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Label className="px-2 pt-2 text-xs font-semibold text-slate-500">
            {t("theme")}
          </DropdownMenu.Label>
          {(["light", "dark", "system"] as const).map((value) => (
            <DropdownMenu.Item
              key={value}
              className={ITEM}
              onSelect={() => setTheme(value)}
            >
              {t(`themes.${value}`)}
              {theme === value && <Check size={14} aria-label={t("current")} />}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <DropdownMenu.Item
            className={ITEM}
            onSelect={() => signOut({ callbackUrl: "/signin" })}
          >
            {t("signOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
