import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  CustomerProfile,
  CustomerRanks,
} from "@/components/customers/customer-profile";
import { LedgerTable } from "@/components/customers/ledger-table";
import { PaymentsTable } from "@/components/customers/payments-table";
import { RecentLogs } from "@/components/customers/recent-logs";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageActor } from "@/lib/auth/session";
import {
  getCustomer,
  getCustomerPayments,
  getPointLedger,
  parseCustomerId,
} from "@/lib/customers/detail";
import { getRecentLogs } from "@/lib/customers/recent-logs";

interface Props {
  params: Promise<{ id: string }>;
}

// Shared by the metadata and the page, so the customer is read once.
const loadCustomer = cache(async (segment: string) => {
  const actor = await requirePageActor("customers.view");
  const id = parseCustomerId(segment);
  if (id === null) notFound();
  const customer = await getCustomer(getDb(), id, actor);
  if (!customer) notFound();
  return customer;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const customer = await loadCustomer((await params).id);
  return { title: customer.playerName };
}

export default async function CustomerPage({ params }: Props) {
  const customer = await loadCustomer((await params).id);
  const db = getDb();
  const [t, ledger, payments, logs] = await Promise.all([
    getTranslations("customers.detail"),
    getPointLedger(db, customer.id),
    getCustomerPayments(db, customer.id),
    getRecentLogs(db, customer),
  ]);
  const now = new Date();
  return (
    <>
      <Link
        href="/customers"
        className="mb-2 inline-flex items-center gap-1 text-sm text-slate-600 hover:underline dark:text-slate-400"
      >
        <ArrowLeft size={14} aria-hidden />
        {t("back")}
      </Link>
      <PageHeader title={customer.playerName} />
      <div className="flex flex-col gap-4">
        <div className="grid gap-4 lg:grid-cols-3">
          <CustomerProfile customer={customer} now={now} />
          <CustomerRanks customer={customer} />
        </div>
        <PaymentsTable payments={payments} />
        <LedgerTable ledger={ledger} />
        <RecentLogs playerName={customer.playerName} logs={logs} />
      </div>
    </>
  );
}
