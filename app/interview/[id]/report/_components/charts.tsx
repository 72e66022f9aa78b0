"use client";

import * as React from "react";
import { cn } from "@/components/ui/utils";

/**
 * Hand-written SVG charts for the report and history pages: a radar of the rubric and an x/y plot
 * (timing curve, score trend). Each chart is one labelled image; the numbers behind it are always
 * available as a table next to it (see the callers), so nothing is only in the picture.
 */

// ---------------------------------------------------------------- radar

export interface RadarAxis {
  id: string;
  label: string;
  /** 0..100 */
  value: number;
}

export function RadarChart({ axes, className, title }: { axes: RadarAxis[]; className?: string; title: string }) {
  const id = React.useId();
  const size = 400;
  const c = size / 2;
  const r = 130;
  const n = axes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
  const point = (i: number, v: number) => {
    const k = (Math.max(0, Math.min(100, v)) / 100) * r;
    return [c + k * Math.cos(angle(i)), c + k * Math.sin(angle(i))] as const;
  };
  const rings = [25, 50, 75, 100];
  const polygon = axes.map((a, i) => point(i, a.value).join(",")).join(" ");
  const description = axes.map((a) => `${a.label} ${Math.round(a.value)}`).join(", ");
  return (
    <svg
      viewBox={`-90 -10 ${size + 180} ${size + 20}`}
      className={cn("h-auto w-full", className)}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      data-testid="rubric-radar"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <g className="text-border" stroke="currentColor" fill="none">
        {rings.map((ring) => (
          <polygon
            key={ring}
            points={axes.map((_, i) => point(i, ring).join(",")).join(" ")}
            strokeWidth={ring === 100 ? 1.5 : 1}
          />
        ))}
        {axes.map((_, i) => {
          const [x, y] = point(i, 100);
          return <line key={i} x1={c} y1={c} x2={x} y2={y} />;
        })}
      </g>
      <g className="text-muted-foreground" fill="currentColor" fontSize="11">
        {rings.map((ring) => (
          <text key={ring} x={c + 4} y={c - (ring / 100) * r - 2}>
            {ring}
          </text>
        ))}
      </g>
      {n > 2 ? (
        <polygon
          points={polygon}
          className="fill-primary/20 stroke-primary"
          strokeWidth="2.5"
          strokeLinejoin="round"
        />
      ) : null}
      {axes.map((a, i) => {
        const [x, y] = point(i, a.value);
        return <circle key={a.id} cx={x} cy={y} r="4.5" className="fill-primary stroke-surface" strokeWidth="2" />;
      })}
      <g className="text-foreground" fill="currentColor" fontSize="13" fontWeight="500">
        {axes.map((a, i) => {
          const ang = angle(i);
          const lx = c + (r + 22) * Math.cos(ang);
          const ly = c + (r + 22) * Math.sin(ang);
          const cos = Math.cos(ang);
          const anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
          const dy = Math.sin(ang) > 0.5 ? 12 : Math.sin(ang) < -0.5 ? -4 : 4;
          return (
            <text key={a.id} x={lx} y={ly + dy} textAnchor={anchor}>
              {a.label}
              <tspan className="fill-muted-foreground" fontWeight="400">
                {" "}
                {Math.round(a.value)}
              </tspan>
            </text>
          );
        })}
      </g>
    </svg>
  );
}

// ---------------------------------------------------------------- x/y plot

export interface XYPoint {
  x: number;
  y: number;
  /** Shown in the point's tooltip (SVG <title>). */
  label?: string;
}

/** Round tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max === min) max = min + 1;
  const span = max - min;
  const step0 = span / Math.max(1, count);
  const mag = Math.pow(10, Math.floor(Math.log10(step0)));
  const norm = step0 / mag;
  const step = (norm >= 5 ? 10 : norm >= 2 ? 5 : norm >= 1 ? 2 : 1) * mag;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 0.5; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export function formatNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1_000_000) return `${Number((v / 1_000_000).toPrecision(3))}M`;
  if (a >= 10_000) return `${Number((v / 1000).toPrecision(3))}k`;
  if (a >= 100 || v === 0) return String(Math.round(v));
  return String(Number(v.toPrecision(3)));
}

export function XYChart({
  title,
  description,
  xLabel,
  yLabel,
  points,
  line,
  connectPoints = false,
  yDomain,
  xTickFormat = formatNumber,
  xTicks: xTicksGiven,
  className,
  testId,
  lineLabel,
}: {
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  points: XYPoint[];
  /** A fitted or reference curve drawn under the points. */
  line?: { x: number; y: number }[];
  /** Join the points themselves (a trend) instead of plotting them alone (measurements). */
  connectPoints?: boolean;
  yDomain?: [number, number];
  xTickFormat?: (v: number) => string;
  xTicks?: number[];
  className?: string;
  testId?: string;
  lineLabel?: string;
}) {
  const id = React.useId();
  const W = 560;
  const H = 300;
  const m = { top: 16, right: 20, bottom: 52, left: 64 };
  const iw = W - m.left - m.right;
  const ih = H - m.top - m.bottom;
  const xs = [...points.map((p) => p.x), ...(line ?? []).map((p) => p.x)];
  const ys = [...points.map((p) => p.y), ...(line ?? []).map((p) => p.y)].filter(Number.isFinite);
  const xMin = xs.length ? Math.min(...xs) : 0;
  const xMax = xs.length ? Math.max(...xs) : 1;
  const xTicks = xTicksGiven ?? niceTicks(xMin, xMax, 5).filter((t) => t >= xMin - 1e-9 && t <= xMax + 1e-9);
  const yTicks = yDomain ? niceTicks(yDomain[0], yDomain[1], 4) : niceTicks(0, ys.length ? Math.max(...ys) : 1, 4);
  const y0 = yDomain ? yDomain[0] : 0;
  const y1 = yDomain ? yDomain[1] : Math.max(yTicks[yTicks.length - 1] ?? 1, 1e-9);
  const sx = (x: number) => m.left + (xMax === xMin ? iw / 2 : ((x - xMin) / (xMax - xMin)) * iw);
  const sy = (y: number) => m.top + ih - ((Math.max(y0, Math.min(y1, y)) - y0) / (y1 - y0 || 1)) * ih;
  const path = (pts: { x: number; y: number }[]) =>
    pts
      .filter((p) => Number.isFinite(p.y))
      .map((p, i) => `${i === 0 ? "M" : "L"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`)
      .join(" ");
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className={cn("h-auto w-full", className)}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      data-testid={testId}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <g className="text-border" stroke="currentColor">
        {yTicks.map((t) => (
          <line key={`y${t}`} x1={m.left} x2={m.left + iw} y1={sy(t)} y2={sy(t)} strokeDasharray={t === y0 ? undefined : "3 4"} />
        ))}
        <line x1={m.left} x2={m.left} y1={m.top} y2={m.top + ih} />
      </g>
      <g className="text-muted-foreground" fill="currentColor" fontSize="12">
        {yTicks.map((t) => (
          <text key={`yl${t}`} x={m.left - 8} y={sy(t) + 4} textAnchor="end">
            {formatNumber(t)}
          </text>
        ))}
        {xTicks.map((t) => (
          <text key={`xl${t}`} x={sx(t)} y={m.top + ih + 18} textAnchor="middle">
            {xTickFormat(t)}
          </text>
        ))}
      </g>
      <g className="text-foreground" fill="currentColor" fontSize="13" fontWeight="500">
        <text x={m.left + iw / 2} y={H - 8} textAnchor="middle">
          {xLabel}
        </text>
        <text transform={`translate(16 ${m.top + ih / 2}) rotate(-90)`} textAnchor="middle">
          {yLabel}
        </text>
      </g>
      {line && line.length > 1 ? (
        <path d={path(line)} fill="none" className="stroke-secondary" strokeWidth="2.5" strokeDasharray="7 5" />
      ) : null}
      {connectPoints && points.length > 1 ? (
        <path d={path(points)} fill="none" className="stroke-primary" strokeWidth="2.5" strokeLinejoin="round" />
      ) : null}
      {points.map((p, i) => (
        <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r="5" className="fill-primary stroke-surface" strokeWidth="2">
          {p.label ? <title>{p.label}</title> : null}
        </circle>
      ))}
      {lineLabel && line && line.length > 1 ? (
        <text
          x={m.left + iw - 4}
          y={m.top + 14}
          textAnchor="end"
          fontSize="12"
          className="fill-secondary dark:fill-violet-300"
        >
          {lineLabel}
        </text>
      ) : null}
    </svg>
  );
}

/** A small "legend" row for an XY chart: measured points and the fitted curve. */
export function ChartLegend({ items }: { items: { kind: "point" | "dashed" | "line"; label: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
      {items.map((it) => (
        <li key={it.label} className="inline-flex items-center gap-1.5">
          <svg width="22" height="10" aria-hidden>
            {it.kind === "point" ? (
              <circle cx="11" cy="5" r="4" className="fill-primary" />
            ) : (
              <line
                x1="1"
                x2="21"
                y1="5"
                y2="5"
                strokeWidth="2.5"
                className={it.kind === "dashed" ? "stroke-secondary" : "stroke-primary"}
                strokeDasharray={it.kind === "dashed" ? "5 3" : undefined}
              />
            )}
          </svg>
          {it.label}
        </li>
      ))}
    </ul>
  );
}
