import { Card } from "@/components/ui/card";

const ROWS = Array.from({ length: 12 }, (_, index) => index);

export default function LogsLoading() {
  return (
    <div aria-busy className="animate-pulse">
      <div className="mb-5 h-7 w-32 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mb-4 h-32 rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" />
      <Card>
        {ROWS.map((row) => (
          <div
            key={row}
            className="flex gap-4 border-b border-slate-100 px-3 py-3 dark:border-slate-800/70"
          >
            <div className="h-3 w-40 rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-3 w-20 rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-3 w-16 rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-3 flex-1 rounded bg-slate-200 dark:bg-slate-800" />
          </div>
        ))}
      </Card>
    </div>
  );
}
