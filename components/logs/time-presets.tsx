"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { formatUtcInput } from "@/lib/logs/utc-input";

const PRESETS = [
  { key: "hour", ms: 3_600_000 },
  { key: "day", ms: 86_400_000 },
  { key: "week", ms: 7 * 86_400_000 },
  { key: "all", ms: null },
] as const;

/** Renders buttons that set "from" to a moment before now, to the minute. */
export function TimePresets({
  onPick,
}: {
  onPick: (from: string | null) => void;
}) {
  const t = useTranslations("logs.filters");
  return (
    <div
      role="group"
      aria-label={t("presets")}
      className="flex flex-wrap gap-1"
    >
      {PRESETS.map((preset) => (
        <Button
          key={preset.key}
          variant="secondary"
          size="sm"
          onClick={() => {
            if (preset.ms === null) return onPick(null);
            const from = new Date(Date.now() - preset.ms);
            from.setUTCSeconds(0, 0);
            onPick(formatUtcInput(from));
          }}
        >
          {t(`preset.${preset.key}`)}
        </Button>
      ))}
    </div>
  );
}
