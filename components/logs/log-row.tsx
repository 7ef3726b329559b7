"use client";

import { ChevronRight } from "lucide-react";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { Td } from "@/components/ui/table";
import type { LogEventView } from "@/lib/logs/queries";
import { KindBadge, LevelBadge } from "./badges";
import { shortUtc } from "./format";
import { LogDetails } from "./log-details";
import { PlayerCell } from "./player-cell";

export const COLUMN_COUNT = 6;

export function LogRow({
  row,
  playerFilterHref,
}: {
  row: LogEventView;
  playerFilterHref: string | null;
}) {
  const [open, setOpen] = useState(false);

  function onClick(event: React.MouseEvent) {
    // Links in the row keep their own action, and selecting text is no click.
    if ((event.target as Element).closest("a, button")) return;
    if (window.getSelection()?.toString()) return;
    setOpen((value) => !value);
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.target !== event.currentTarget) return;
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    setOpen((value) => !value);
  }

  return (
    <>
      <tr
        tabIndex={0}
        aria-expanded={open}
        onClick={onClick}
        onKeyDown={onKeyDown}
        className={cn(
          "cursor-pointer hover:bg-slate-50 focus-visible:-outline-offset-2 dark:hover:bg-slate-800/50",
          open && "bg-slate-50 dark:bg-slate-800/40",
        )}
      >
        <Td className="font-mono text-xs whitespace-nowrap">
          <span className="flex items-center gap-1">
            <ChevronRight
              size={14}
              aria-hidden
              className={cn(
                "shrink-0 text-slate-400 transition-transform",
                open && "rotate-90",
              )}
            />
            {shortUtc(row.ts)}
          </span>
        </Td>
        <Td className="truncate">{row.serverName}</Td>
        <Td className="overflow-hidden">
          <LevelBadge level={row.level} />
        </Td>
        <Td className="overflow-hidden">
          <KindBadge kind={row.kind} />
        </Td>
        <Td>
          <PlayerCell
            player={row.player}
            playerUuid={row.playerUuid}
            customerId={row.customerId}
            filterHref={playerFilterHref}
          />
        </Td>
        <Td className="truncate">
          {row.command && (
            <code className="mr-2 rounded bg-violet-50 px-1 font-mono text-xs text-violet-800 dark:bg-violet-950 dark:text-violet-300">
              {row.command}
            </code>
          )}
          <span
            className={cn(row.command && "text-slate-500 dark:text-slate-400")}
          >
            {row.message.split("\n", 1)[0]}
          </span>
        </Td>
      </tr>
      {open && (
        <tr className="bg-slate-50/60 dark:bg-slate-900/60">
          <td
            colSpan={COLUMN_COUNT}
            className="border-b border-slate-200 dark:border-slate-800"
          >
            <LogDetails row={row} />
          </td>
        </tr>
      )}
    </>
  );
}
