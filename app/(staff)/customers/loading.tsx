import { CustomersTableSkeleton } from "@/components/customers/table-skeleton";
import { Card } from "@/components/ui/card";

export default function CustomersLoading() {
  return (
    <>
      <div className="mb-5 h-12 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <Card>
        <div className="h-15 border-b border-slate-200 dark:border-slate-800" />
        <CustomersTableSkeleton />
      </Card>
    </>
  );
}
