import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { isLogKind, type LogKind } from "@/lib/logs/kinds";

const LEVEL_TONES: Record<string, BadgeTone> = {
  TRACE: "neutral",
  DEBUG: "neutral",
  INFO: "blue",
  WARN: "amber",
  ERROR: "red",
  FATAL: "red",
};

const KIND_TONES: Record<LogKind, BadgeTone> = {
  join: "green",
  leave: "neutral",
  uuid: "neutral",
  auth_login: "green",
  auth_register: "blue",
  auth_failed: "red",
  command: "violet",
  chat: "blue",
  death: "amber",
  other: "neutral",
  unknown: "neutral",
};

export function LevelBadge({ level }: { level: string | null }) {
  const t = useTranslations("logs");
  if (!level) {
    return <span className="text-xs text-slate-400">{t("noLevel")}</span>;
  }
  return (
    <Badge
      tone={LEVEL_TONES[level] ?? "neutral"}
      className={
        level === "FATAL"
          ? "font-bold ring-1 ring-red-600 ring-inset"
          : undefined
      }
    >
      {level}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: string }) {
  const t = useTranslations("logs.kinds");
  if (!isLogKind(kind)) return <Badge>{kind}</Badge>;
  return (
    <Badge
      tone={KIND_TONES[kind]}
      className={kind === "unknown" ? "italic" : undefined}
    >
      {t(kind)}
    </Badge>
  );
}
