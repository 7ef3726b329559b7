"use client";

import { useTranslations } from "next-intl";
import type { inferParserType } from "nuqs";
import { cn } from "@/components/ui/cn";
import { Label, Select } from "@/components/ui/input";
import { logFilterParsers } from "@/lib/logs/filters";
import { LOG_KINDS, LOG_LEVELS } from "@/lib/logs/kinds";
import { MultiSelect } from "./multi-select";

export type LogQuery = inferParserType<typeof logFilterParsers>;

export function Field({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children}
    </div>
  );
}

/** Renders the list filters, which apply as soon as they change. */
export function ChoiceFields({
  query,
  servers,
  apply,
}: {
  query: LogQuery;
  servers: { id: number; name: string }[];
  apply: (changes: Partial<LogQuery>) => void;
}) {
  const t = useTranslations("logs.filters");
  const tKinds = useTranslations("logs.kinds");
  return (
    <>
      <Field id="logs-server" label={t("server")}>
        <Select
          id="logs-server"
          className="max-w-52"
          value={query.server ?? ""}
          onChange={(event) => apply({ server: event.target.value || null })}
        >
          <option value="">{t("allServers")}</option>
          {servers.map((server) => (
            <option key={server.id} value={String(server.id)}>
              {server.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="logs-kind" label={t("kind")}>
        <MultiSelect
          id="logs-kind"
          options={LOG_KINDS.map((kind) => ({
            value: kind,
            label: tKinds(kind),
          }))}
          selected={query.kind ?? []}
          onChange={(kinds) =>
            apply({ kind: kinds.length ? (kinds as LogQuery["kind"]) : null })
          }
          allLabel={t("allKinds")}
          countLabel={(count) => t("kindsSelected", { count })}
          className="w-40"
        />
      </Field>
      <Field id="logs-level" label={t("level")}>
        <MultiSelect
          id="logs-level"
          options={LOG_LEVELS.map((level) => ({ value: level, label: level }))}
          selected={query.level ?? []}
          onChange={(levels) =>
            apply({
              level: levels.length ? (levels as LogQuery["level"]) : null,
            })
          }
          allLabel={t("allLevels")}
          countLabel={(count) => t("levelsSelected", { count })}
          className="w-40"
        />
      </Field>
    </>
  );
}
