import { ListFilter } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";

/**
 * Shows the player's name, linked to the customer page when one matches,
 * and a small link that narrows the list to this player.
 */
export function PlayerCell({
  player,
  playerUuid,
  customerId,
  filterHref,
}: {
  player: string | null;
  playerUuid: string | null;
  customerId: number | null;
  filterHref: string | null;
}) {
  const t = useTranslations("logs.row");
  const name = player ?? (playerUuid ? `${playerUuid.slice(0, 8)}…` : null);
  if (!name) return <span className="text-slate-400">—</span>;
  return (
    <span className="flex min-w-0 items-center gap-1">
      {customerId !== null ? (
        <Link
          href={`/customers/${customerId}`}
          title={t("openCustomer", { player: name })}
          className="truncate font-medium text-indigo-700 hover:underline dark:text-indigo-300"
        >
          {name}
        </Link>
      ) : (
        <span className="truncate">{name}</span>
      )}
      {filterHref && (
        <Link
          href={filterHref}
          aria-label={t("filterPlayer", { player: name })}
          title={t("filterPlayer", { player: name })}
          className="shrink-0 rounded p-0.5 text-slate-400 hover:bg-slate-200 hover:text-slate-700 dark:hover:bg-slate-700 dark:hover:text-slate-200"
        >
          <ListFilter size={14} aria-hidden />
        </Link>
      )}
    </span>
  );
}
