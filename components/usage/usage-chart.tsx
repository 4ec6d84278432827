"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { UsageRow } from "@/lib/usage/usage-query";

const COLORS = ["#f59e0b", "#38bdf8", "#a78bfa", "#34d399", "#f472b6", "#fb7185", "#facc15", "#60a5fa"];

/** Billed seconds per period, one stacked colour per group (the table beside it holds the same numbers). */
export default function UsageChart({ rows, label }: { rows: UsageRow[]; label: string }) {
  const groups = [...new Map(rows.map((row) => [row.key, row.label])).entries()];
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const data = periods.map((period) => ({
    period,
    ...Object.fromEntries(rows.filter((row) => row.period === period).map((row) => [row.key, row.billedSeconds])),
  }));
  return (
    <figure aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#3f3f46" />
          <XAxis dataKey="period" stroke="#a1a1aa" fontSize={12} />
          <YAxis stroke="#a1a1aa" fontSize={12} />
          <Tooltip contentStyle={{ background: "#18181b", border: "1px solid #3f3f46" }} />
          <Legend />
          {groups.map(([key, name], index) => (
            <Bar key={key} dataKey={key} name={name} stackId="seconds" fill={COLORS[index % COLORS.length]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
