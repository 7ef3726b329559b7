/** Placeholder rows shown while a page of customers loads. */
export function CustomersTableSkeleton({ rows = 10 }: { rows?: number }) {
  return (
    <div aria-hidden className="animate-pulse">
      <div className="h-9 border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900/60" />
      {Array.from({ length: rows }, (_, index) => (
        <div
          key={index}
          className="flex items-center gap-6 border-b border-slate-100 px-3 py-3 dark:border-slate-800/70"
        >
          <div className="h-4 w-36 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-20 rounded bg-slate-100 dark:bg-slate-800/70" />
          <div className="h-4 w-44 rounded bg-slate-100 dark:bg-slate-800/70" />
          <div className="h-4 w-16 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="ml-auto h-4 w-40 rounded bg-slate-100 dark:bg-slate-800/70" />
        </div>
      ))}
    </div>
  );
}
