"use client";

import { useFormatter } from "next-intl";
import {
  Bar,
  BarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { HourlyVolume } from "@/lib/dashboard/queries";

export function LogVolumeChart({
  data,
  label,
}: {
  data: HourlyVolume[];
  label: string;
}) {
  const format = useFormatter();
  const hourLabel = (iso: string) =>
    format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" });
  return (
    <figure aria-label={label} className="h-48 w-full px-2 py-3">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <XAxis
            dataKey="hour"
            tickFormatter={hourLabel}
            fontSize={11}
            interval={3}
            stroke="currentColor"
            className="text-slate-500"
          />
          <YAxis
            fontSize={11}
            width={44}
            allowDecimals={false}
            stroke="currentColor"
            className="text-slate-500"
          />
          <Tooltip
            labelFormatter={(value) => hourLabel(String(value))}
            formatter={(value) => [format.number(Number(value)), label]}
          />
          <Bar dataKey="records" fill="#6366f1" radius={[2, 2, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
