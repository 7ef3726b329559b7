import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NavLinks, type NavItem } from "@/components/shell/nav-links";
import { StaffSessionProvider } from "@/components/shell/session-provider";
import { UserMenu } from "@/components/shell/user-menu";
import { can, type Permission } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const NAV: { href: string; key: NavItem["icon"]; permission: Permission }[] = [
  { href: "/", key: "dashboard", permission: "dashboard.view" },
  { href: "/customers", key: "customers", permission: "customers.view" },
  { href: "/payments", key: "payments", permission: "payments.view" },
  { href: "/tickets", key: "tickets", permission: "tickets.view" },
  { href: "/logs", key: "logs", permission: "logs.view" },
  { href: "/audit", key: "audit", permission: "audit.view" },
];

export default async function StaffLayout({
  children,
}: {
  children: React.ReactNode;
}) {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  const t = await getTranslations("shell");
  const items: NavItem[] = NAV.filter((item) =>
    can(actor.role, item.permission),
  ).map((item) => ({
    href: item.href,
    icon: item.key,
    label: t(`nav.${item.key}`),
  }));

  return (
    <StaffSessionProvider>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-1.5"
      >
        {t("skipToContent")}
      </a>
      <div className="flex min-h-screen">
        <nav
          aria-label={t("mainNavigation")}
          className="sticky top-0 hidden h-screen w-52 shrink-0 flex-col gap-4 border-r border-slate-200 bg-white px-3 py-4 md:flex dark:border-slate-800 dark:bg-slate-900"
        >
          <Link href="/" className="px-2.5 text-sm font-bold tracking-tight">
            {t("productName")}
          </Link>
          <NavLinks items={items} />
        </nav>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 dark:border-slate-800 dark:bg-slate-900">
            <nav
              aria-label={t("mainNavigation")}
              className="min-w-0 overflow-x-auto md:hidden"
            >
              <NavLinks items={items} horizontal />
            </nav>
            <span className="hidden md:block" />
            <UserMenu name={actor.name} email={actor.email} role={actor.role} />
          </header>
          <main
            id="main"
            className="mx-auto w-full max-w-[1400px] flex-1 p-4 md:p-6"
          >
            {children}
          </main>
        </div>
      </div>
    </StaffSessionProvider>
  );
}
