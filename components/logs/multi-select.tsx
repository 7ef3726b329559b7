"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Check, ChevronDown } from "lucide-react";
import { cn } from "@/components/ui/cn";

export interface MultiSelectOption {
  value: string;
  label: string;
}

const ITEM =
  "flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none select-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

/** Renders a dropdown of checkboxes that stays open while values toggle. */
export function MultiSelect({
  id,
  options,
  selected,
  onChange,
  allLabel,
  countLabel,
  className,
}: {
  id: string;
  options: MultiSelectOption[];
  selected: string[];
  onChange: (next: string[]) => void;
  allLabel: string;
  countLabel: (count: number) => string;
  className?: string;
}) {
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length <= 2
        ? options
            .filter((option) => selected.includes(option.value))
            .map((option) => option.label)
            .join(", ")
        : countLabel(selected.length);

  function toggle(value: string, checked: boolean) {
    // Keeps the options' order so that equal selections give equal URLs.
    onChange(
      options
        .map((option) => option.value)
        .filter((v) => (v === value ? checked : selected.includes(v))),
    );
  }

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        id={id}
        className={cn(
          "flex h-9 items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-2.5 text-left text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
          className,
        )}
      >
        <span className="truncate">{summary}</span>
        <ChevronDown size={14} aria-hidden className="shrink-0" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          className="z-50 max-h-80 min-w-48 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <DropdownMenu.CheckboxItem
            className={ITEM}
            checked={selected.length === 0}
            onCheckedChange={() => onChange([])}
            onSelect={(event) => event.preventDefault()}
          >
            <CheckMark shown={selected.length === 0} />
            {allLabel}
          </DropdownMenu.CheckboxItem>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          {options.map((option) => (
            <DropdownMenu.CheckboxItem
              key={option.value}
              className={ITEM}
              checked={selected.includes(option.value)}
              onCheckedChange={(checked) => toggle(option.value, checked)}
              onSelect={(event) => event.preventDefault()}
            >
              <CheckMark shown={selected.includes(option.value)} />
              {option.label}
            </DropdownMenu.CheckboxItem>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function CheckMark({ shown }: { shown: boolean }) {
  return (
    <span className="flex w-4 justify-center" aria-hidden>
      {shown && <Check size={14} />}
    </span>
  );
}
