"use client";

import * as React from "react";
import {
  AlertTriangle,
  CheckCircle2,
  Clock,
  Compass,
  Gavel,
  Lightbulb,
  MessageSquareQuote,
  Network,
  Radar,
  Repeat,
  Sparkles,
  Target,
  TrendingUp,
  XCircle,
} from "lucide-react";
import type { Recommendation, RubricDimension, RubricEvidence, TimelineEvent, WeakArea } from "@/lib/api/schemas";
import { CountUp, scoreTone } from "@/app/interview/components/ScoreCard";
import { languageLabel } from "@/app/_lib/api";
import { DifficultyBadge } from "@/components/difficulty-badge";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/utils";
import type { DiagramSummary, ReportData } from "../_lib/data";
import { RadarChart } from "./charts";
import { ComplexitySection } from "./ComplexitySection";
import { Replay, clock } from "./Replay";
import { TestResultsSection } from "./TestResultsSection";

/** Text colours that keep 4.5:1 on the app's surfaces in both themes. */
export const TONE_TEXT_AA: Record<ReturnType<typeof scoreTone>, string> = {
  success: "text-emerald-700 dark:text-emerald-300",
  warning: "text-amber-700 dark:text-amber-300",
  error: "text-red-700 dark:text-red-300",
  muted: "text-muted-foreground",
};
const TONE_BAR: Record<ReturnType<typeof scoreTone>, string> = {
  success: "bg-success",
  warning: "bg-warning",
  error: "bg-error",
  muted: "bg-neutral-400",
};
const TONE_STROKE = { success: "#10B981", warning: "#F59E0B", error: "#EF4444", muted: "#9CA3AF" };

export function formatDuration(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m >= 60) return `${Math.floor(m / 60)} h ${m % 60} min`;
  return m > 0 ? `${m} min ${s.toString().padStart(2, "0")} s` : `${s} s`;
}

function ScoreRing({ score }: { score: number }) {
  const tone = scoreTone(score);
  const r = 54;
  const c = 2 * Math.PI * r;
  const clamped = Math.max(0, Math.min(100, score));
  // The ring fills from empty after mount (a CSS transition; instant under reduced motion).
  const [shown, setShown] = React.useState(0);
  React.useEffect(() => {
    const raf = requestAnimationFrame(() => setShown(clamped));
    return () => cancelAnimationFrame(raf);
  }, [clamped]);
  return (
    <div
      className="relative size-36 shrink-0"
      data-testid="report-score"
      data-tone={tone}
      aria-label={`Score ${Math.round(score)} out of 100`}
      role="img"
    >
      <svg viewBox="0 0 128 128" className="size-full -rotate-90" aria-hidden>
        <circle cx="64" cy="64" r={r} fill="none" stroke="currentColor" strokeWidth="10" className="text-surface-muted" />
        <circle
          cx="64"
          cy="64"
          r={r}
          fill="none"
          stroke={TONE_STROKE[tone]}
          strokeWidth="10"
          strokeLinecap="round"
          strokeDasharray={c}
          strokeDashoffset={c * (1 - shown / 100)}
          style={{ transition: "stroke-dashoffset 1000ms cubic-bezier(0.16, 1, 0.3, 1)" }}
        />
      </svg>
      <div className="absolute inset-0 flex flex-col items-center justify-center" aria-hidden>
        <CountUp value={Math.round(score)} className={cn("text-display font-bold tabular-nums leading-none", TONE_TEXT_AA[tone])} />
        <span className="mt-1 text-xs text-muted-foreground">out of 100</span>
      </div>
    </div>
  );
}

const VERDICTS: Record<Recommendation["verdict"], { label: string; variant: "success" | "default" | "warning" | "error" }> = {
  hire: { label: "Hire", variant: "success" },
  lean_hire: { label: "Lean hire", variant: "default" },
  lean_no_hire: { label: "Lean no hire", variant: "warning" },
  no_hire: { label: "No hire", variant: "error" },
};

function RecommendationBlock({ rec }: { rec: Recommendation | null }) {
  if (!rec) return null;
  const v = VERDICTS[rec.verdict];
  return (
    <section aria-labelledby="rec-h" className="space-y-2" data-testid="recommendation" data-verdict={rec.verdict}>
      <h2 id="rec-h" className="flex items-center gap-2 text-caption font-semibold text-muted-foreground">
        <Gavel className="size-4" aria-hidden /> Recommendation
        <Badge variant={v.variant} className={cn("px-2.5 py-0.5 text-caption", v.variant === "default" && "dark:text-blue-300")}>
          {v.label}
        </Badge>
      </h2>
      {rec.reasons.length ? (
        <ul className="list-disc space-y-1 pl-5 text-caption">
          {rec.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Stat({ icon, label, value, testId }: { icon: React.ReactNode; label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div className="rounded-xl border border-border bg-surface p-3" data-testid={testId}>
      <dt className="flex items-center gap-1.5 text-xs text-muted-foreground [&_svg]:size-3.5">
        {icon}
        {label}
      </dt>
      <dd className="mt-1 text-h3 font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/** The event an evidence item points at: by id, else the last moment at or before its time. */
function eventIndexFor(events: TimelineEvent[], ev: RubricEvidence): number {
  if (ev.event_id) {
    const i = events.findIndex((e) => e.id === ev.event_id);
    if (i >= 0) return i;
  }
  if (ev.at) {
    const t = Date.parse(ev.at);
    if (Number.isFinite(t)) {
      let best = -1;
      events.forEach((e, i) => {
        if (Date.parse(e.at) <= t) best = i;
      });
      return best;
    }
  }
  return -1;
}

function DimensionCard({
  dim,
  events,
  onJump,
}: {
  dim: RubricDimension;
  events: TimelineEvent[];
  onJump: (index: number) => void;
}) {
  const tone = scoreTone(dim.score);
  return (
    <li className="min-w-0" data-testid="rubric-dimension" data-dimension={dim.id}>
      <Card className="h-full">
        <CardHeader className="gap-2">
          <div className="flex items-baseline gap-2">
            <CardTitle as="h3" className="min-w-0 flex-1">
              {dim.label}
            </CardTitle>
            <span className={cn("text-h3 font-semibold tabular-nums", TONE_TEXT_AA[tone])}>{Math.round(dim.score)}</span>
          </div>
          <Progress
            value={Math.round(dim.score)}
            max={100}
            label={`${dim.label}: ${Math.round(dim.score)} out of 100`}
            className="h-1.5"
            indicatorClassName={TONE_BAR[tone]}
          />
          <p className="text-xs text-muted-foreground">Weight {Math.round(dim.weight * 100)}% of the overall score</p>
        </CardHeader>
        <CardContent>
          {dim.evidence.length ? (
            <ul className="space-y-2" aria-label={`Evidence for ${dim.label}`}>
              {dim.evidence.map((ev, i) => {
                const idx = eventIndexFor(events, ev);
                const at = idx >= 0 ? events[idx].offset_seconds : null;
                return (
                  <li key={i} className="flex gap-2 text-caption" data-testid="rubric-evidence" data-positive={ev.positive}>
                    {ev.positive ? (
                      <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-emerald-700 dark:text-emerald-300" aria-hidden />
                    ) : (
                      <XCircle className="mt-0.5 size-4 shrink-0 text-red-700 dark:text-red-300" aria-hidden />
                    )}
                    <span className="min-w-0 flex-1">
                      <span className="sr-only">{ev.positive ? "Earned points: " : "Lost points: "}</span>
                      {ev.text}
                    </span>
                    {idx >= 0 && at !== null ? (
                      <button
                        type="button"
                        onClick={() => onJump(idx)}
                        className="h-fit shrink-0 rounded px-1 font-mono text-xs text-primary underline dark:text-blue-300 underline-offset-2 hover:no-underline"
                        aria-label={`Show in the replay at ${clock(at)}: ${ev.text}`}
                        data-testid="evidence-jump"
                        data-event-id={events[idx].id}
                      >
                        {clock(at)}
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="text-caption text-muted-foreground">No specific moments recorded.</p>
          )}
        </CardContent>
      </Card>
    </li>
  );
}

function RubricSection({
  rubric,
  events,
  onJump,
}: {
  rubric: RubricDimension[];
  events: TimelineEvent[];
  onJump: (index: number) => void;
}) {
  if (rubric.length === 0) {
    return (
      <Card>
        <CardHeader className="flex-row items-center gap-2">
          <Radar className="size-4 text-primary" aria-hidden />
          <CardTitle as="h2">Rubric</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="text-caption text-muted-foreground">This report was made before the rubric existed.</p>
        </CardContent>
      </Card>
    );
  }
  return (
    <section aria-labelledby="rubric-h" className="space-y-4" data-testid="rubric">
      <Card>
        <CardHeader className="flex-row items-center gap-2">
          <Radar className="size-4 text-primary" aria-hidden />
          <CardTitle as="h2" id="rubric-h">
            Rubric
          </CardTitle>
          <span className="text-xs text-muted-foreground">computed from what happened, 0–100 per dimension</span>
        </CardHeader>
        <CardContent className="grid items-center gap-6 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
          <RadarChart
            title="Rubric scores by dimension"
            axes={rubric.map((d) => ({ id: d.id, label: d.label, value: d.score }))}
            className="mx-auto max-w-[34rem]"
          />
          <table className="w-full text-left text-caption" data-testid="rubric-table">
            <caption className="sr-only">Rubric scores and weights</caption>
            <thead>
              <tr className="border-b border-border text-xs text-muted-foreground">
                <th scope="col" className="py-1.5 pr-2 font-medium">
                  Dimension
                </th>
                <th scope="col" className="py-1.5 pr-2 text-right font-medium">
                  Score
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  Weight
                </th>
              </tr>
            </thead>
            <tbody>
              {rubric.map((d) => (
                <tr key={d.id} className="border-b border-border/60 last:border-b-0">
                  <th scope="row" className="py-1.5 pr-2 font-normal">
                    {d.label}
                  </th>
                  <td className={cn("py-1.5 pr-2 text-right font-semibold tabular-nums", TONE_TEXT_AA[scoreTone(d.score)])}>
                    {Math.round(d.score)}
                  </td>
                  <td className="py-1.5 text-right tabular-nums text-muted-foreground">{Math.round(d.weight * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
      <ul className="grid gap-4 md:grid-cols-2">
        {rubric.map((d) => (
          <DimensionCard key={d.id} dim={d} events={events} onJump={onJump} />
        ))}
      </ul>
    </section>
  );
}

function DiagramSection({ diagram }: { diagram: DiagramSummary | null }) {
  const g = diagram?.graph;
  const label = new Map(g?.components.map((c) => [c.id, c.label]) ?? []);
  return (
    <Card data-testid="diagram-section">
      <CardHeader className="flex-row flex-wrap items-center gap-2">
        <Network className="size-4 text-primary" aria-hidden />
        <CardTitle as="h2">Final diagram</CardTitle>
        {diagram?.snapshot_count ? (
          <span className="text-xs text-muted-foreground">
            {diagram.snapshot_count} save{diagram.snapshot_count === 1 ? "" : "s"}
          </span>
        ) : null}
      </CardHeader>
      <CardContent className="space-y-4">
        {!g ? (
          <p className="text-caption text-muted-foreground">No diagram was saved in this interview.</p>
        ) : (
          <>
            <p className="text-body" data-testid="diagram-summary">
              {g.components.length} component{g.components.length === 1 ? "" : "s"} and {g.connections.length} connection
              {g.connections.length === 1 ? "" : "s"}
              {g.unlabelled_shapes ? `, ${g.unlabelled_shapes} unlabelled shape${g.unlabelled_shapes === 1 ? "" : "s"}` : ""}
              {g.dangling_connections
                ? `, ${g.dangling_connections} arrow${g.dangling_connections === 1 ? "" : "s"} not attached at both ends`
                : ""}
              .
            </p>
            <div className="grid gap-4 md:grid-cols-2">
              <section aria-labelledby="dg-comp" className="space-y-2">
                <h3 id="dg-comp" className="text-caption font-semibold">
                  Components
                </h3>
                <ul className="flex flex-wrap gap-1.5">
                  {g.components.map((c) => (
                    <li key={c.id}>
                      <Badge variant="muted" className="text-caption">
                        {c.label}
                      </Badge>
                    </li>
                  ))}
                </ul>
              </section>
              <section aria-labelledby="dg-conn" className="space-y-2">
                <h3 id="dg-conn" className="text-caption font-semibold">
                  Connections
                </h3>
                {g.connections.length ? (
                  <ul className="space-y-1 text-caption">
                    {g.connections.map((c) => (
                      <li key={c.id}>
                        {label.get(c.from) ?? "?"} {c.directed ? "→" : "—"} {label.get(c.to) ?? "?"}
                        {c.label ? <span className="text-muted-foreground"> ({c.label})</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-caption text-muted-foreground">No connections drawn.</p>
                )}
              </section>
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}

function ListCard({
  title,
  icon,
  items,
  empty,
  itemIcon,
  testId,
}: {
  title: string;
  icon: React.ReactNode;
  items: string[];
  empty: string;
  itemIcon: React.ReactNode;
  testId: string;
}) {
  return (
    <Card data-testid={testId}>
      <CardHeader className="flex-row items-center gap-2">
        {icon}
        <CardTitle as="h2">{title}</CardTitle>
      </CardHeader>
      <CardContent>
        {items.length ? (
          <ul className="space-y-2 text-caption">
            {items.map((s, i) => (
              <li key={i} className="flex gap-2">
                {itemIcon}
                <span className="min-w-0">{s}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-caption text-muted-foreground">{empty}</p>
        )}
      </CardContent>
    </Card>
  );
}

const WEAK_SOURCE: Record<WeakArea["source"], string> = {
  failed_tests: "Failed tests",
  rubric: "Rubric",
  category: "Problem category",
};

function WeakAreas({ areas }: { areas: WeakArea[] }) {
  if (!areas.length) return null;
  return (
    <Card data-testid="weak-areas">
      <CardHeader className="flex-row items-center gap-2">
        <AlertTriangle className="size-4 text-amber-700 dark:text-amber-300" aria-hidden />
        <CardTitle as="h2">Weak areas</CardTitle>
        <span className="text-xs text-muted-foreground">from the evidence above</span>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-2 sm:grid-cols-2">
          {areas.map((a, i) => (
            <li key={i} className="rounded-lg border border-border bg-surface p-3 text-caption">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {a.area}
                <Badge variant="outline">{WEAK_SOURCE[a.source]}</Badge>
              </p>
              <p className="mt-1 text-muted-foreground">{a.detail}</p>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

export function ReportSkeleton() {
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8 sm:px-6" aria-busy="true" aria-label="Loading the report">
      <span className="sr-only" role="status">
        Loading the report…
      </span>
      <Skeleton className="h-8 w-64" />
      <Card className="flex flex-col gap-6 p-6 sm:flex-row">
        <Skeleton className="size-36 rounded-full" />
        <div className="flex-1 space-y-3">
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
        </div>
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <Skeleton className="h-72 w-full" />
        <Skeleton className="h-72 w-full" />
      </div>
      <Skeleton className="h-96 w-full" />
    </main>
  );
}

/**
 * The report itself, for its owner and for a shared link alike. `actions` (owner: print, practise
 * again) and `aside` (owner: the share switch) are the only parts that differ.
 */
export function ReportView({
  data,
  heading = "Interview report",
  actions,
  aside,
  backLink,
}: {
  data: ReportData;
  heading?: string;
  actions?: React.ReactNode;
  aside?: React.ReactNode;
  backLink?: React.ReactNode;
}) {
  const { report, events } = data;
  const [position, setPosition] = React.useState(Math.max(0, events.length - 1));
  const scrubberRef = React.useRef<HTMLInputElement>(null);
  const onJump = React.useCallback((index: number) => {
    setPosition(index);
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    document.getElementById("replay")?.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "start" });
    scrubberRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8 sm:px-6" data-testid="report">
      <div className="flex flex-wrap items-start gap-3 animate-slide-up">
        {backLink}
        <div className="min-w-0 flex-1">
          <h1 className="text-h1 tracking-tight">{heading}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-caption text-muted-foreground">
            <span className="font-medium text-foreground" data-testid="report-problem">
              {data.title}
            </span>
            {data.difficulty ? <DifficultyBadge difficulty={data.difficulty} /> : null}
            {data.kind === "system_design" ? (
              <Badge variant="secondary">System design</Badge>
            ) : data.language ? (
              <span>{languageLabel(data.language)}</span>
            ) : null}
            {data.startedAt ? (
              <>
                <span aria-hidden>·</span>
                <span>{new Date(data.startedAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}</span>
              </>
            ) : null}
          </p>
        </div>
        {actions ? <div className="flex flex-wrap gap-2 print:hidden">{actions}</div> : null}
      </div>

      <div className={cn("grid gap-6", aside && "lg:grid-cols-[minmax(0,1fr)_20rem]")}>
        <Card glass className="animate-scale-in p-6">
          <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
            <ScoreRing score={report.score} />
            <div className="min-w-0 flex-1 space-y-4">
              <RecommendationBlock rec={report.recommendation} />
              <div>
                <h2 className="text-caption font-semibold text-muted-foreground">Summary</h2>
                <p className="mt-1 text-body" data-testid="report-summary">
                  {report.summary}
                </p>
              </div>
            </div>
          </div>
          <dl className="mt-6 grid grid-cols-2 gap-3 md:grid-cols-4">
            {data.kind === "coding" ? (
              <Stat
                icon={<CheckCircle2 />}
                label="Tests passed"
                testId="report-tests"
                value={
                  <>
                    {report.tests_passed}/{report.tests_total}
                    <Progress
                      className="mt-2 h-1.5"
                      value={report.tests_passed}
                      max={Math.max(1, report.tests_total)}
                      label="Tests passed"
                      indicatorClassName={report.tests_passed === report.tests_total ? "bg-success" : "bg-warning"}
                    />
                  </>
                }
              />
            ) : (
              <Stat
                icon={<Network />}
                label="Diagram"
                testId="report-diagram-stat"
                value={data.diagram ? `${data.diagram.graph.components.length} parts` : "None"}
              />
            )}
            <Stat
              icon={<Repeat />}
              label={data.kind === "coding" ? "Attempts" : "Saves"}
              value={data.kind === "coding" ? report.code_attempts : (data.diagram?.snapshot_count ?? 0)}
              testId="report-attempts"
            />
            <Stat icon={<Lightbulb />} label="Hints used" value={report.hints_used} testId="report-hints" />
            <Stat icon={<Clock />} label="Time" value={formatDuration(report.time_spent_seconds)} testId="report-time" />
          </dl>
        </Card>
        {aside ? <div className="space-y-4">{aside}</div> : null}
      </div>

      <RubricSection rubric={report.rubric} events={events} onJump={onJump} />

      {data.kind === "coding" ? (
        <div className="grid gap-6">
          <ComplexitySection complexity={report.complexity} />
          <TestResultsSection submission={data.submission} fallback={{ passed: report.tests_passed, total: report.tests_total }} />
        </div>
      ) : (
        <DiagramSection diagram={data.diagram} />
      )}

      <Card data-testid="report-feedback">
        <CardHeader className="flex-row items-center gap-2">
          <MessageSquareQuote className="size-4 text-secondary dark:text-violet-300" aria-hidden />
          <CardTitle as="h2">Interviewer&apos;s feedback</CardTitle>
        </CardHeader>
        <CardContent>
          {report.feedback.trim() ? (
            <Markdown text={report.feedback} className="text-body" />
          ) : (
            <p className="text-caption text-muted-foreground">The interviewer left no written feedback.</p>
          )}
        </CardContent>
      </Card>

      <div className="grid gap-6 md:grid-cols-3">
        <ListCard
          testId="report-strengths"
          title="Strengths"
          icon={<Sparkles className="size-4 text-emerald-700 dark:text-emerald-300" aria-hidden />}
          items={report.strengths}
          empty="Nothing stood out this time — keep practising."
          itemIcon={<CheckCircle2 className="mt-0.5 size-4 shrink-0 text-emerald-700 dark:text-emerald-300" aria-hidden />}
        />
        <ListCard
          testId="report-improvements"
          title="What to improve"
          icon={<TrendingUp className="size-4 text-amber-700 dark:text-amber-300" aria-hidden />}
          items={report.improvements}
          empty="No specific improvements noted."
          itemIcon={<Target className="mt-0.5 size-4 shrink-0 text-amber-700 dark:text-amber-300" aria-hidden />}
        />
        <ListCard
          testId="report-suggestions"
          title="What to practise next"
          icon={<Compass className="size-4 text-primary" aria-hidden />}
          items={report.suggestions}
          empty="No suggestions this time."
          itemIcon={<Compass className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />}
        />
      </div>

      <WeakAreas areas={report.weak_areas} />

      <Replay
        events={events}
        position={position}
        onPositionChange={setPosition}
        finalCode={data.finalCode}
        language={data.language}
        kind={data.kind}
        approximate={data.eventsApproximate}
        scrubberRef={scrubberRef}
      />
    </main>
  );
}
