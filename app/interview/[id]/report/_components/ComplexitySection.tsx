"use client";

import * as React from "react";
import { Gauge } from "lucide-react";
import type { ComplexityClass, ComplexityMeasurement } from "@/lib/api/schemas";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ChartLegend, XYChart, formatNumber } from "./charts";

/** "O(n^2)" → "O(n²)" for people. */
export function prettyComplexity(c: string): string {
  return c.replace(/\^2/g, "²").replace(/\^3/g, "³").replace(/2\^n/g, "2ⁿ");
}

const GROWTH: Record<ComplexityClass, (n: number) => number> = {
  "O(1)": () => 1,
  "O(log n)": (n) => Math.log2(Math.max(2, n)),
  "O(n)": (n) => n,
  "O(n log n)": (n) => n * Math.log2(Math.max(2, n)),
  "O(n^2)": (n) => n * n,
  "O(n^3)": (n) => n * n * n,
  "O(2^n)": (n) => Math.pow(2, Math.min(n, 1000)),
};

/** Least-squares a + b·f(n) through the points, sampled across their range, for drawing the fitted class. */
export function fittedCurve(cls: ComplexityClass, points: { n: number; v: number }[]): { x: number; y: number }[] {
  if (points.length === 0) return [];
  const f = GROWTH[cls];
  const fx = points.map((p) => f(p.n));
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mf = mean(fx);
  const mv = mean(points.map((p) => p.v));
  let cov = 0;
  let varf = 0;
  points.forEach((p, i) => {
    cov += (fx[i] - mf) * (p.v - mv);
    varf += (fx[i] - mf) ** 2;
  });
  const b = varf > 0 && Number.isFinite(varf) ? cov / varf : 0;
  const a = mv - b * mf;
  const lo = Math.min(...points.map((p) => p.n));
  const hi = Math.max(...points.map((p) => p.n));
  const samples = 48;
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i <= samples; i++) {
    const n = lo + ((hi - lo) * i) / samples;
    const y = a + b * f(n);
    if (Number.isFinite(y)) out.push({ x: n, y: Math.max(0, y) });
  }
  return out;
}

function confidenceWord(c: number) {
  if (c >= 0.8) return "high";
  if (c >= 0.5) return "moderate";
  return "low";
}

/** Does the measured class meet the optimal one? Compares by the order of the classes. */
const ORDER = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"];
function meetsOptimal(measured: string, optimal: string): boolean | null {
  const norm = (s: string) => s.replace(/\s+/g, " ").replace(/²/g, "^2").replace(/³/g, "^3").trim();
  const a = ORDER.indexOf(norm(measured));
  const b = ORDER.indexOf(norm(optimal));
  if (a < 0 || b < 0) return null;
  return a <= b;
}

function Measurement({
  kind,
  unit,
  fit,
  optimal,
  points,
}: {
  kind: "Time" | "Memory";
  unit: "ms" | "MB";
  fit: { best_fit: ComplexityClass; confidence: number; fits: { class: ComplexityClass; error: number }[] };
  optimal: string;
  points: { n: number; v: number }[];
}) {
  const meets = meetsOptimal(fit.best_fit, optimal);
  const curve = fittedCurve(fit.best_fit, points);
  const pct = Math.round(fit.confidence * 100);
  return (
    <section aria-labelledby={`cx-${kind}`} className="space-y-3" data-testid={`complexity-${kind.toLowerCase()}`}>
      <h3 id={`cx-${kind}`} className="text-body font-semibold">
        {kind}
      </h3>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className="rounded-lg border border-border bg-surface p-3">
          <dt className="text-xs text-muted-foreground">Measured</dt>
          <dd className="mt-0.5 font-mono text-h3 font-semibold" data-testid={`complexity-${kind.toLowerCase()}-measured`}>
            {prettyComplexity(fit.best_fit)}
          </dd>
        </div>
        <div className="rounded-lg border border-border bg-surface p-3">
          <dt className="text-xs text-muted-foreground">Optimal for this problem</dt>
          <dd className="mt-0.5 flex items-center gap-2 font-mono text-h3 font-semibold">
            {prettyComplexity(optimal)}
            {meets === null ? null : meets ? (
              <Badge variant="success">Matches</Badge>
            ) : (
              <Badge variant="warning">Slower</Badge>
            )}
          </dd>
        </div>
        <div className="rounded-lg border border-border bg-surface p-3">
          <dt className="text-xs text-muted-foreground">Confidence of the fit</dt>
          <dd className="mt-0.5 text-h3 font-semibold tabular-nums">
            {pct}% <span className="text-caption font-normal text-muted-foreground">({confidenceWord(fit.confidence)})</span>
          </dd>
        </div>
      </dl>
      {points.length > 0 ? (
        <figure className="space-y-2">
          <XYChart
            testId={`complexity-${kind.toLowerCase()}-chart`}
            title={`${kind} against input size`}
            description={`${points.length} measurements from n = ${formatNumber(points[0].n)} to n = ${formatNumber(
              points[points.length - 1].n,
            )}; they fit ${prettyComplexity(fit.best_fit)} with ${pct}% confidence.`}
            xLabel="Input size n"
            yLabel={kind === "Time" ? "Time (ms)" : "Memory (MB)"}
            points={points.map((p) => ({ x: p.n, y: p.v, label: `n = ${p.n}: ${formatNumber(p.v)} ${unit}` }))}
            line={curve}
            lineLabel={`fitted ${prettyComplexity(fit.best_fit)}`}
          />
          <figcaption className="flex flex-wrap items-center justify-between gap-2">
            <ChartLegend
              items={[
                { kind: "point", label: `Measured ${kind.toLowerCase()}` },
                { kind: "dashed", label: `Fitted ${prettyComplexity(fit.best_fit)}` },
              ]}
            />
          </figcaption>
          <details className="text-caption">
            <summary className="cursor-pointer rounded text-primary hover:underline dark:text-blue-300">
              {kind} measurements and fits as a table
            </summary>
            <div className="mt-2 grid gap-4 sm:grid-cols-2">
              <table className="w-full text-left text-caption">
                <caption className="sr-only">{kind} measured at each input size</caption>
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="py-1 pr-3 font-medium">
                      n
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      {unit}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.n} className="border-b border-border/60">
                      <td className="py-1 pr-3 tabular-nums">{p.n.toLocaleString()}</td>
                      <td className="py-1 tabular-nums">{formatNumber(p.v)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="w-full text-left text-caption">
                <caption className="sr-only">Fit error of each complexity class (lower is better)</caption>
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="py-1 pr-3 font-medium">
                      Class
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      Fit error
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fit.fits.map((f) => (
                    <tr key={f.class} className="border-b border-border/60">
                      <td className="py-1 pr-3 font-mono">{prettyComplexity(f.class)}</td>
                      <td className="py-1 tabular-nums">{f.error.toPrecision(3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      ) : (
        <p className="text-caption text-muted-foreground">No measurements were recorded.</p>
      )}
    </section>
  );
}

export function ComplexitySection({ complexity }: { complexity: ComplexityMeasurement | null }) {
  return (
    <Card data-testid="complexity-section">
      <CardHeader className="flex-row items-center gap-2">
        <Gauge className="size-4 text-primary" aria-hidden />
        <CardTitle as="h2">Measured complexity</CardTitle>
      </CardHeader>
      <CardContent className="space-y-6">
        {complexity ? (
          <>
            <p className="text-body" data-testid="complexity-summary">
              {prettyComplexity(complexity.summary)}
            </p>
            <Measurement
              kind="Time"
              unit="ms"
              fit={complexity.time}
              optimal={complexity.optimal_time}
              points={complexity.time.points.map((p) => ({ n: p.n, v: p.ms }))}
            />
            {complexity.memory ? (
              <Measurement
                kind="Memory"
                unit="MB"
                fit={complexity.memory}
                optimal={complexity.optimal_space}
                points={complexity.memory.points.map((p) => ({ n: p.n, v: p.mb }))}
              />
            ) : (
              <p className="text-caption text-muted-foreground">
                Memory growth could not be measured in this language. Optimal space:{" "}
                <span className="font-mono">{prettyComplexity(complexity.optimal_space)}</span>.
              </p>
            )}
          </>
        ) : (
          <p className="text-caption text-muted-foreground" data-testid="complexity-empty">
            Complexity is measured when a submission passes every test. Submit a passing solution next time to see how
            it grows with the input.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
