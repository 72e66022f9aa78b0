"use client";

import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import {
  AlertTriangle,
  ArrowRight,
  CalendarClock,
  Compass,
  FileText,
  History as HistoryIcon,
  LineChart,
  Network,
  Play,
  RotateCcw,
  ServerCrash,
} from "lucide-react";
import { toast } from "sonner";
import { HistoryResponseSchema, type HistoryResponse } from "@/lib/api/schemas";
import { api, ApiError, isUnauthorized, LANGUAGE_OPTIONS, languageLabel, redirectToSignIn, type Language } from "@/app/_lib/api";
import { scoreTone } from "@/app/interview/components/ScoreCard";
import { fetchJson } from "@/app/interview/[id]/report/_lib/data";
import { TONE_TEXT_AA } from "@/app/interview/[id]/report/_components/ReportView";
import { ChartLegend, XYChart } from "@/app/interview/[id]/report/_components/charts";
import { AppHeader } from "@/components/app-header";
import { DifficultyBadge } from "@/components/difficulty-badge";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/utils";

type Item = HistoryResponse["interviews"][number];

const fetchHistory = () => fetchJson("/history", HistoryResponseSchema);

/** The language the problem picker remembers (same key), for starting a suggested problem. */
function useStoredLanguage(): Language {
  const [lang, setLang] = React.useState<Language>("python");
  React.useEffect(() => {
    try {
      const stored = localStorage.getItem("ic:language") as Language | null;
      if (stored && LANGUAGE_OPTIONS.some((l) => l.value === stored)) setLang(stored);
    } catch {
      /* no storage */
    }
  }, []);
  return lang;
}

const STATUS: Record<string, { label: string; variant: "success" | "default" | "warning" | "muted" }> = {
  completed: { label: "Completed", variant: "success" },
  in_progress: { label: "In progress", variant: "default" },
  paused: { label: "Paused", variant: "warning" },
};
const statusOf = (s: string) => STATUS[s] ?? { label: s.replace(/_/g, " "), variant: "muted" as const };

const shortDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { month: "short", day: "numeric" });
const longDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

function TrendCard({ trend }: { trend: HistoryResponse["trend"] }) {
  const points = trend.map((t, i) => ({ x: i + 1, y: t.score, label: `${longDate(t.at)}: ${Math.round(t.score)}` }));
  const step = Math.max(1, Math.ceil(points.length / 6));
  const ticks = points.filter((_, i) => i % step === 0 || i === points.length - 1).map((p) => p.x);
  const first = trend[0]?.score;
  const last = trend[trend.length - 1]?.score;
  const delta = trend.length > 1 && first !== undefined && last !== undefined ? Math.round(last - first) : null;
  return (
    <Card className="min-w-0" data-testid="history-trend">
      <CardHeader className="flex-row flex-wrap items-center gap-2">
        <LineChart className="size-4 text-primary" aria-hidden />
        <CardTitle as="h2">Score trend</CardTitle>
        {delta !== null ? (
          <Badge variant={delta >= 0 ? "success" : "warning"} className="ml-auto">
            {delta >= 0 ? "+" : ""}
            {delta} since the first
          </Badge>
        ) : null}
      </CardHeader>
      <CardContent className="space-y-2">
        {trend.length === 0 ? (
          <p className="text-caption text-muted-foreground">Finish an interview to start your trend.</p>
        ) : (
          <>
            <XYChart
              testId="history-trend-chart"
              title="Final score of each completed interview, oldest first"
              description={trend.map((t) => `${shortDate(t.at)}: ${Math.round(t.score)}`).join("; ")}
              xLabel="Completed interviews (oldest first)"
              yLabel="Score"
              points={points}
              connectPoints
              yDomain={[0, 100]}
              xTicks={ticks}
              xTickFormat={(x) => {
                const t = trend[Math.round(x) - 1];
                return t ? shortDate(t.at) : "";
              }}
            />
            <ChartLegend items={[{ kind: "line", label: "Final score (0–100)" }]} />
            <details className="text-caption">
              <summary className="cursor-pointer rounded text-primary hover:underline dark:text-blue-300">
                Scores as a table
              </summary>
              <table className="mt-2 w-full text-left text-caption">
                <caption className="sr-only">Final scores by date</caption>
                <thead>
                  <tr className="border-b border-border">
                    <th scope="col" className="py-1 pr-3 font-medium">
                      Date
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      Score
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {trend.map((t) => (
                    <tr key={t.interview_id} className="border-b border-border/60">
                      <td className="py-1 pr-3">{longDate(t.at)}</td>
                      <td className="py-1 tabular-nums">{Math.round(t.score)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </CardContent>
    </Card>
  );
}

function WeakAreasCard({ areas }: { areas: HistoryResponse["weak_areas"] }) {
  const max = Math.max(1, ...areas.map((a) => a.count));
  return (
    <Card className="min-w-0" data-testid="history-weak-areas">
      <CardHeader className="flex-row items-center gap-2">
        <AlertTriangle className="size-4 text-amber-700 dark:text-amber-300" aria-hidden />
        <CardTitle as="h2">Weak areas across interviews</CardTitle>
      </CardHeader>
      <CardContent>
        {areas.length === 0 ? (
          <p className="text-caption text-muted-foreground">No weak areas recorded yet.</p>
        ) : (
          <ul className="space-y-2.5">
            {areas.slice(0, 10).map((a) => (
              <li key={a.area} className="text-caption" data-testid="history-weak-area">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="min-w-0 truncate">{a.area}</span>
                  <span className="shrink-0 tabular-nums text-muted-foreground">
                    {a.count} interview{a.count === 1 ? "" : "s"}
                  </span>
                </div>
                <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-surface-muted" aria-hidden>
                  <div className="h-full rounded-full bg-warning" style={{ width: `${(a.count / max) * 100}%` }} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function PracticeNextCard({ items }: { items: HistoryResponse["practice_next"] }) {
  const router = useRouter();
  const language = useStoredLanguage();
  const [starting, setStarting] = React.useState<number | null>(null);
  const start = useMutation({
    mutationFn: (p: HistoryResponse["practice_next"][number]) =>
      // A system-design problem ignores the language; a coding one starts in the picker's language.
      api.createInterview({ problem_id: p.problem_id, difficulty: p.difficulty, language }),
    onMutate: (p) => setStarting(p.problem_id),
    onSuccess: (res) => router.push(`/interview/${res.interview_id}`),
    onError: (err) => {
      setStarting(null);
      if (isUnauthorized(err)) return redirectToSignIn();
      toast.error("Couldn't start the interview", { description: err instanceof ApiError ? err.message : "Please try again." });
    },
  });
  return (
    <Card className="min-w-0" data-testid="history-practice-next">
      <CardHeader className="flex-row items-center gap-2">
        <Compass className="size-4 text-primary" aria-hidden />
        <CardTitle as="h2">Practise next</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        {items.length === 0 ? (
          <p className="text-caption text-muted-foreground">Suggestions appear once you have finished an interview.</p>
        ) : (
          <ul className="space-y-2">
            {items.map((p) => (
              <li
                key={p.problem_id}
                className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-border bg-surface p-3"
                data-testid="practice-next-item"
              >
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2 text-caption font-medium">
                    {p.title}
                    <DifficultyBadge difficulty={p.difficulty} />
                  </p>
                  <p className="mt-0.5 text-xs text-muted-foreground">{p.reason}</p>
                </div>
                <Button
                  size="sm"
                  onClick={() => start.mutate(p)}
                  loading={starting === p.problem_id}
                  disabled={starting !== null && starting !== p.problem_id}
                  aria-label={`Start ${p.title} in ${languageLabel(language)}`}
                  data-testid="practice-next-start"
                >
                  {starting === p.problem_id ? null : <Play aria-hidden />} Start
                </Button>
              </li>
            ))}
          </ul>
        )}
        <p className="text-xs text-muted-foreground">
          Coding problems start in {languageLabel(language)}.{" "}
          <Link href="/problems" className="text-primary underline underline-offset-2 dark:text-blue-300">
            Pick another problem or language
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}

function InterviewRow({ it }: { it: Item }) {
  const st = statusOf(it.status);
  const done = it.status === "completed";
  const tone = scoreTone(it.final_score);
  return (
    <li
      className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-2 border-b border-border px-4 py-3 last:border-b-0 md:grid-cols-[minmax(0,2fr)_9rem_7rem_5rem_8rem]"
      data-testid="history-item"
      data-status={it.status}
    >
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          {it.kind === "system_design" ? <Network className="size-4 text-secondary dark:text-violet-300" aria-hidden /> : null}
          <span className="min-w-0 truncate">{it.problem_title}</span>
          <DifficultyBadge difficulty={it.difficulty} />
          {it.kind === "system_design" ? <span className="sr-only">(system design)</span> : null}
        </p>
        <p className="mt-0.5 flex items-center gap-1 text-xs text-muted-foreground md:hidden">
          <CalendarClock className="size-3" aria-hidden /> {longDate(it.started_at)}
        </p>
      </div>
      <p className="hidden text-caption text-muted-foreground md:block">{longDate(it.started_at)}</p>
      <p className="hidden md:block">
        <Badge variant={st.variant} className={cn(st.variant === "default" && "dark:text-blue-300")}>
          {st.label}
        </Badge>
      </p>
      <p className={cn("text-right text-h3 font-semibold tabular-nums md:text-left", TONE_TEXT_AA[tone])}>
        {it.final_score !== null ? Math.round(it.final_score) : <span className="text-caption font-normal text-muted-foreground">—</span>}
        <span className="sr-only">{it.final_score !== null ? " out of 100" : "no score yet"}</span>
      </p>
      <div className="col-span-2 flex items-center gap-2 md:col-span-1 md:justify-end">
        <Badge variant={st.variant} className={cn("md:hidden", st.variant === "default" && "dark:text-blue-300")}>
          {st.label}
        </Badge>
        {done ? (
          <Button asChild size="sm" variant="outline" className="ml-auto md:ml-0">
            <Link href={`/interview/${it.id}/report`} aria-label={`Report: ${it.problem_title}, ${longDate(it.started_at)}`}>
              <FileText aria-hidden /> Report
            </Link>
          </Button>
        ) : (
          <Button asChild size="sm" className="ml-auto md:ml-0">
            <Link href={`/interview/${it.id}`} aria-label={`Continue: ${it.problem_title}, ${longDate(it.started_at)}`}>
              Continue <ArrowRight aria-hidden />
            </Link>
          </Button>
        )}
      </div>
    </li>
  );
}

function HistorySkeleton() {
  return (
    <div className="space-y-6" aria-busy="true">
      <span className="sr-only" role="status">
        Loading your history…
      </span>
      <div className="grid gap-6 lg:grid-cols-3">
        <Skeleton className="h-72 lg:col-span-2" />
        <Skeleton className="h-72" />
      </div>
      <Skeleton className="h-64" />
    </div>
  );
}

export function HistoryPage() {
  const query = useQuery({ queryKey: ["history"], queryFn: fetchHistory });
  React.useEffect(() => {
    if (isUnauthorized(query.error)) redirectToSignIn();
  }, [query.error]);

  let body: React.ReactNode;
  if (query.isPending) body = <HistorySkeleton />;
  else if (query.isError) {
    body = (
      <Card glass className="mx-auto max-w-md">
        <EmptyState
          tone="error"
          icon={<ServerCrash />}
          title="Couldn't load your history"
          action={
            <Button variant="outline" onClick={() => query.refetch()}>
              <RotateCcw aria-hidden /> Try again
            </Button>
          }
        >
          {query.error instanceof Error ? query.error.message : null}
        </EmptyState>
      </Card>
    );
  } else if (query.data.interviews.length === 0) {
    body = (
      <Card glass className="mx-auto max-w-md" data-testid="history-empty">
        <EmptyState
          icon={<HistoryIcon />}
          title="No interviews yet"
          action={
            <Button asChild>
              <Link href="/problems">Pick a problem</Link>
            </Button>
          }
        >
          Your interviews, score trend and what to practise next will show up here after your first interview.
        </EmptyState>
      </Card>
    );
  } else {
    const h = query.data;
    const completed = h.interviews.filter((i) => i.status === "completed").length;
    body = (
      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="min-w-0 lg:col-span-2">
            <TrendCard trend={h.trend} />
          </div>
          <WeakAreasCard areas={h.weak_areas} />
        </div>
        <PracticeNextCard items={h.practice_next} />
        <Card className="min-w-0 overflow-hidden" data-testid="history-list">
          <CardHeader className="flex-row flex-wrap items-center gap-2">
            <HistoryIcon className="size-4 text-primary" aria-hidden />
            <CardTitle as="h2">Past interviews</CardTitle>
            <span className="text-xs text-muted-foreground">
              {h.interviews.length} in all, {completed} completed
            </span>
          </CardHeader>
          <div
            className="hidden grid-cols-[minmax(0,2fr)_9rem_7rem_5rem_8rem] gap-x-4 border-y border-border bg-surface-muted/60 px-4 py-2 text-xs font-medium text-muted-foreground md:grid"
            aria-hidden
          >
            <span>Problem</span>
            <span>Started</span>
            <span>Status</span>
            <span>Score</span>
            <span className="text-right">Open</span>
          </div>
          <ul aria-label="Past interviews">
            {h.interviews.map((it) => (
              <InterviewRow key={it.id} it={it} />
            ))}
          </ul>
        </Card>
      </div>
    );
  }

  return (
    <div className="app-backdrop min-h-dvh">
      <AppHeader />
      <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8 sm:px-6">
        <div className="animate-slide-up">
          <h1 className="text-h1 tracking-tight">Your interviews</h1>
          <p className="mt-1 text-body text-muted-foreground">How you are doing over time, and what to work on next.</p>
        </div>
        {body}
      </main>
    </div>
  );
}
