"use client";

import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { customerSearchParsers } from "@/lib/customers/search-params";

/**
 * Reads and updates the customers table state in the URL. Updates are not
 * shallow, so the server component runs the query again for every change.
 */
export function useCustomerSearch() {
  const [isPending, startTransition] = useTransition();
  const [search, setSearch] = useQueryStates(customerSearchParsers, {
    shallow: false,
    scroll: false,
    history: "push",
    startTransition,
  });
  return { search, setSearch, isPending };
}
