export function EmptyState({
  title,
  description,
  action,
}: {
  title: React.ReactNode;
  description?: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div
      role="status"
      className="flex flex-col items-center gap-2 px-6 py-14 text-center"
    >
      <h2 className="text-base font-semibold">{title}</h2>
      {description && (
        <p className="max-w-md text-sm text-slate-600 dark:text-slate-400">
          {description}
        </p>
      )}
      {action}
    </div>
  );
}
