import { Card } from "@/components/ui/card";

const BLOCK = "animate-pulse rounded bg-slate-200 dark:bg-slate-800";

export default function CustomerLoading() {
  return (
    <div aria-hidden className="flex flex-col gap-4">
      <div className={`h-5 w-28 ${BLOCK}`} />
      <div className={`h-7 w-48 ${BLOCK}`} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="h-56 lg:col-span-2">{null}</Card>
        <Card className="h-56">{null}</Card>
      </div>
      <Card className="h-40">{null}</Card>
      <Card className="h-64">{null}</Card>
    </div>
  );
}
