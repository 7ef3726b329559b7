"use client";

import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useRef, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { logFilterParsers } from "@/lib/logs/filters";
import { formatUtcInput, parseUtcInput } from "@/lib/logs/utc-input";
import { ChoiceFields, Field, type LogQuery } from "./filter-fields";
import { TimePresets } from "./time-presets";

const TEXT_FIELDS = ["from", "to", "player", "q"] as const;

/** Converts the URL's time to the only format a datetime-local input accepts. */
function inputTime(value: string | null): string {
  const date = value ? parseUtcInput(value) : null;
  return date ? formatUtcInput(date) : "";
}

export function FilterBar({
  servers,
}: {
  servers: { id: number; name: string }[];
}) {
  const t = useTranslations("logs.filters");
  const [pending, startTransition] = useTransition();
  // shallow: false makes the server component fetch the matching rows.
  const [query, setQuery] = useQueryStates(logFilterParsers, {
    shallow: false,
    history: "push",
    startTransition,
  });
  const form = useRef<HTMLFormElement>(null);

  // Text fields apply on submit. Other controls apply at once and carry
  // along whatever was typed so far. Any change restarts at the newest page.
  function apply(changes: Partial<LogQuery> = {}) {
    const typed = new FormData(form.current ?? undefined);
    const text = Object.fromEntries(
      TEXT_FIELDS.map((name) => [
        name,
        String(typed.get(name) ?? "").trim() || null,
      ]),
    );
    void setQuery({ ...text, ...changes, cursor: null });
  }

  // Remounting the form when the URL changes refreshes the typed fields.
  const formKey = TEXT_FIELDS.map((name) => query[name] ?? "").join("\u0000");

  return (
    <form
      key={formKey}
      ref={form}
      noValidate
      aria-label={t("label")}
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-end gap-3">
        <Field id="logs-from" label={t("from")}>
          <Input
            id="logs-from"
            name="from"
            type="datetime-local"
            defaultValue={inputTime(query.from)}
            className="w-52"
          />
        </Field>
        <Field id="logs-to" label={t("to")}>
          <Input
            id="logs-to"
            name="to"
            type="datetime-local"
            defaultValue={inputTime(query.to)}
            className="w-52"
          />
        </Field>
        <TimePresets onPick={(from) => apply({ from, to: null })} />
        <Button
          variant="ghost"
          className="ml-auto"
          onClick={() => void setQuery(null)}
        >
          {t("clear")}
        </Button>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Field id="logs-player" label={t("player")}>
          <Input
            id="logs-player"
            name="player"
            defaultValue={query.player ?? ""}
            placeholder={t("playerPlaceholder")}
            autoComplete="off"
            spellCheck={false}
            className="w-44"
          />
        </Field>
        <ChoiceFields query={query} servers={servers} apply={apply} />
        <Field id="logs-q" label={t("q")} className="min-w-40 flex-1">
          <Input
            id="logs-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder={t("qPlaceholder")}
            maxLength={200}
          />
        </Field>
        <Button type="submit">
          {pending && (
            <LoaderCircle size={14} aria-hidden className="animate-spin" />
          )}
          {t("apply")}
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {pending ? t("loading") : ""}
      </p>
    </form>
  );
}
