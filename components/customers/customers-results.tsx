import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { listCustomers } from "@/lib/customers/queries";
import {
  customerSearchHref,
  hasCustomerFilters,
  type CustomerSearch,
} from "@/lib/customers/search-params";
import type { Viewer } from "@/lib/customers/types";
import { CustomersTable } from "./customers-table";

/** Fetches one page on the server and picks the table or an empty state. */
export async function CustomersResults({
  search,
  viewer,
}: {
  search: CustomerSearch;
  viewer: Viewer;
}) {
  const t = await getTranslations("customers.empty");
  const { rows, total } = await listCustomers(getDb(), search, viewer);

  if (total === 0 && !hasCustomerFilters(search)) {
    return (
      <EmptyState title={t("none.title")} description={t("none.description")} />
    );
  }
  if (total === 0) {
    const cleared = {
      ...search,
      q: "",
      rank: null,
      status: "all" as const,
      page: 1,
    };
    return (
      <EmptyState
        title={search.q ? t("noMatchQuery", { q: search.q }) : t("noMatch")}
        description={t("noMatchHelp")}
        action={
          <Link
            href={customerSearchHref("/customers", cleared)}
            className={buttonClasses("secondary", "sm")}
          >
            {t("clear")}
          </Link>
        }
      />
    );
  }
  if (rows.length === 0) {
    const lastPage = Math.ceil(total / search.size);
    return (
      <EmptyState
        title={t("pastEnd")}
        action={
          <Link
            href={customerSearchHref("/customers", {
              ...search,
              page: lastPage,
            })}
            className={buttonClasses("secondary", "sm")}
          >
            {t("lastPage")}
          </Link>
        }
      />
    );
  }
  return (
    <CustomersTable rows={rows} total={total} now={new Date().getTime()} />
  );
}
