"use client";

import type { UsageRow } from "@/lib/usage/usage-query";

const COLORS = ["#f59e0b", "#38bdf8", "#a78bfa", "#34d399", "#f472b6", "#fb7185", "#facc15", "#60a5fa"];
const WIDTH = 640;
const HEIGHT = 260;
const AXIS = 40;
const BOTTOM = 24;

/** A round upper bound for the scale (1, 2 or 5 × a power of ten), so the grid lines read well. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/**
 * Billed seconds per period, one stacked colour per group (the table beside it holds the same
 * numbers, so the chart is a picture of it). Plain SVG: a charting library would weigh more than
 * the whole page (bench:bundle).
 */
export default function UsageChart({ rows, label }: { rows: UsageRow[]; label: string }) {
  const groups = [...new Map(rows.map((row) => [row.key, row.label])).entries()];
  const periods = [...new Set(rows.map((row) => row.period))].sort();
  const seconds = (period: string, key: string) =>
    rows.find((row) => row.period === period && row.key === key)?.billedSeconds ?? 0;
  const totals = periods.map((period) => groups.reduce((sum, [key]) => sum + seconds(period, key), 0));
  const top = niceMax(Math.max(0, ...totals));
  const plotHeight = HEIGHT - BOTTOM;
  const slot = (WIDTH - AXIS) / Math.max(1, periods.length);
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const y = (value: number) => plotHeight - (value / top) * (plotHeight - 8);
  const labelEvery = Math.ceil(periods.length / 8);

  return (
    <figure aria-label={label} className="w-full" data-testid="usage-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-64 w-full" role="img" aria-label={label}>
        {[0, 0.25, 0.5, 0.75, 1].map((share) => (
          <g key={share}>
            <line x1={AXIS} x2={WIDTH} y1={y(top * share)} y2={y(top * share)} stroke="#3f3f46" strokeDasharray="3 3" />
            <text x={AXIS - 6} y={y(top * share) + 4} textAnchor="end" fontSize={11} fill="#a1a1aa">
              {Math.round(top * share)}
            </text>
          </g>
        ))}
        {periods.map((period, index) => {
          const x = AXIS + index * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={period}>
              {groups.map(([key, name], group) => {
                const value = seconds(period, key);
                if (!value) return null;
                const rect = (
                  <rect
                    key={key}
                    x={x}
                    width={barWidth}
                    y={y(base + value)}
                    height={y(base) - y(base + value)}
                    fill={COLORS[group % COLORS.length]}
                  >
                    <title>{`${period} · ${name}: ${value} s`}</title>
                  </rect>
                );
                base += value;
                return rect;
              })}
              {index % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="#a1a1aa">
                  {period}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-400">
        {groups.map(([key, name], group) => (
          <span key={key} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="size-2.5 rounded-sm" style={{ background: COLORS[group % COLORS.length] }} />
            {name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
