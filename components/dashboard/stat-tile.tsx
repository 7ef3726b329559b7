import Link from "next/link";

export function StatTile({
  label,
  value,
  hint,
  href,
}: {
  label: string;
  value: string;
  hint?: string;
  href?: string;
}) {
  const body = (
    <>
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {label}
      </p>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
      {hint && (
        <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
    </>
  );
  const classes =
    "block rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";
  return href ? (
    <Link
      href={href}
      className={`${classes} hover:border-indigo-300 dark:hover:border-indigo-700`}
    >
      {body}
    </Link>
  ) : (
    <div className={classes}>{body}</div>
  );
}
