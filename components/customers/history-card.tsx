import { Card, CardHeader } from "@/components/ui/card";

/** Renders one history table in a card, with its empty text and footnote. */
export function HistoryCard({
  title,
  action,
  empty,
  note,
  children,
}: {
  title: React.ReactNode;
  action?: React.ReactNode;
  // Shown instead of the table when set.
  empty?: string | null;
  note?: string | null;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader title={title} action={action} />
      {empty ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500 dark:text-slate-400">
          {empty}
        </p>
      ) : (
        children
      )}
      {note && !empty && (
        <p className="px-4 py-2.5 text-xs text-slate-500 dark:text-slate-400">
          {note}
        </p>
      )}
    </Card>
  );
}
