import { TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { IgnoredParam } from "@/lib/logs/filters";

const MAX_SHOWN = 60;

/** Tells which URL values were dropped instead of failing the page. */
export async function IgnoredNotes({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  const t = await getTranslations("logs.ignored");
  return (
    <ul
      role="status"
      className="mb-4 space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-200"
    >
      {ignored.map((item, index) => (
        <li key={index} className="flex items-start gap-2">
          <TriangleAlert size={16} aria-hidden className="mt-0.5 shrink-0" />
          <span className="break-all">
            {t(item.param, {
              value:
                item.value.length > MAX_SHOWN
                  ? `${item.value.slice(0, MAX_SHOWN)}…`
                  : item.value,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
