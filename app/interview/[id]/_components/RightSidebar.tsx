"use client";

import * as React from "react";
import {
  AlertTriangle,
  BookOpen,
  Check,
  ChevronDown,
  Clock,
  Gauge,
  Lightbulb,
  ListChecks,
  Repeat,
  Sparkles,
  Target,
} from "lucide-react";
import type { ProblemDetail, SystemDesignDetail } from "@/lib/api/schemas";
import { CountUp, ScoreCard, scoreTone } from "@/app/interview/components/ScoreCard";
import { DifficultyBadge } from "@/components/difficulty-badge";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/components/ui/utils";
import { useCodeStore } from "@/stores/codeStore";
import { useInterviewStore } from "@/stores/interviewStore";
import { useElapsed, formatClock } from "./InterviewHeader";

export const STAGES = [
  { id: "discuss", label: "Discuss" },
  { id: "code", label: "Code" },
  { id: "test", label: "Test" },
  { id: "submit", label: "Submit" },
  { id: "wrap_up", label: "Wrap-up" },
] as const;

export const DESIGN_STAGES = [
  { id: "requirements", label: "Requirements" },
  { id: "high_level_design", label: "High-level" },
  { id: "deep_dive", label: "Deep dive" },
  { id: "wrap_up", label: "Wrap-up" },
] as const;

type StageList = readonly { id: string; label: string }[];

function SectionTitle({ icon, children, id }: { icon: React.ReactNode; children: React.ReactNode; id?: string }) {
  return (
    <h3 id={id} className="flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-muted-foreground [&_svg]:size-3.5">
      {icon}
      {children}
    </h3>
  );
}

export function ProblemStatement({ problem }: { problem: ProblemDetail }) {
  return (
    <article aria-labelledby="problem-title" className="space-y-4" data-testid="problem-statement">
      <header>
        <h2 id="problem-title" className="text-h3 font-semibold">
          {problem.title}
        </h2>
        <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
          <DifficultyBadge difficulty={problem.difficulty} />
          <Badge variant="secondary">{problem.category}</Badge>
          {problem.tags.map((t) => (
            <Badge key={t} variant="outline" className="font-normal">
              {t}
            </Badge>
          ))}
        </div>
      </header>
      <Markdown text={problem.statement} className="text-caption" />

      {problem.examples.length ? (
        <section aria-labelledby="examples-heading" className="space-y-2">
          <SectionTitle icon={<BookOpen />} id="examples-heading">
            Examples
          </SectionTitle>
          {problem.examples.map((ex, i) => (
            <details key={i} open={i < 2} className="group rounded-lg border border-border bg-surface-muted/60">
              <summary className="flex cursor-pointer list-none items-center justify-between px-3 py-2 text-caption font-medium [&::-webkit-details-marker]:hidden">
                Example {i + 1}
                <ChevronDown className="size-4 text-muted-foreground transition-transform group-open:rotate-180" aria-hidden />
              </summary>
              <dl className="space-y-1.5 border-t border-border px-3 py-2 font-mono text-xs">
                <div>
                  <dt className="inline font-sans font-semibold">Input: </dt>
                  <dd className="inline whitespace-pre-wrap break-words">{ex.input}</dd>
                </div>
                <div>
                  <dt className="inline font-sans font-semibold">Output: </dt>
                  <dd className="inline whitespace-pre-wrap break-words">{ex.output}</dd>
                </div>
                {ex.explanation ? (
                  <div className="font-sans text-muted-foreground">
                    <dt className="inline font-semibold text-foreground">Explanation: </dt>
                    <dd className="inline">{ex.explanation}</dd>
                  </div>
                ) : null}
              </dl>
            </details>
          ))}
        </section>
      ) : null}

      {problem.constraints.length ? (
        <section aria-labelledby="constraints-heading" className="space-y-2">
          <SectionTitle icon={<ListChecks />} id="constraints-heading">
            Constraints
          </SectionTitle>
          <ul className="space-y-1 text-caption">
            {problem.constraints.map((c, i) => (
              <li key={i} className="flex gap-2">
                <span className="mt-2 size-1 shrink-0 rounded-full bg-muted-foreground" aria-hidden />
                <code className="font-mono text-xs leading-relaxed">{c}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/** A system-design brief: the prompt, what the system must do and how well, and the numbers to design for. */
export function SystemDesignBrief({ problem }: { problem: SystemDesignDetail }) {
  const lists = [
    { id: "functional", title: "Functional requirements", items: problem.requirements.functional },
    { id: "non-functional", title: "Non-functional requirements", items: problem.requirements.non_functional },
  ];
  return (
    <article aria-labelledby="problem-title" className="space-y-4" data-testid="problem-statement">
      <header>
        <h2 id="problem-title" className="text-h3 font-semibold">
          {problem.title}
        </h2>
        <div className="mt-2 flex flex-wrap items-center gap-1.5">
          <DifficultyBadge difficulty={problem.difficulty} />
          <Badge variant="secondary">System design</Badge>
        </div>
      </header>
      <Markdown text={problem.brief} className="text-caption" />
      {lists.map((l) =>
        l.items.length ? (
          <section key={l.id} aria-labelledby={`req-${l.id}`} className="space-y-2">
            <SectionTitle icon={<ListChecks />} id={`req-${l.id}`}>
              {l.title}
            </SectionTitle>
            <ul className="list-disc space-y-1 pl-5 text-caption">
              {l.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {problem.scale.length ? (
        <section aria-labelledby="req-scale" className="space-y-2">
          <SectionTitle icon={<Gauge />} id="req-scale">
            Scale
          </SectionTitle>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-caption">
            {problem.scale.map((s) => (
              <React.Fragment key={s.metric}>
                <dt className="text-muted-foreground">{s.metric}</dt>
                <dd className="font-mono text-xs leading-relaxed">{s.value}</dd>
              </React.Fragment>
            ))}
          </dl>
        </section>
      ) : null}
    </article>
  );
}

function StageStepper({ stages = STAGES }: { stages?: StageList }) {
  const stage = useInterviewStore((s) => s.stage);
  const current = Math.max(
    0,
    stages.findIndex((s) => s.id === stage),
  );
  return (
    <ol className="flex items-center gap-1" aria-label="Interview stages">
      {stages.map((s, i) => {
        const done = i < current;
        const active = i === current;
        return (
          <li key={s.id} className="flex min-w-0 flex-1 flex-col items-center gap-1" aria-current={active ? "step" : undefined}>
            <span
              className={cn(
                "flex h-1.5 w-full rounded-full transition-colors duration-300",
                done ? "bg-primary" : active ? "bg-gradient-to-r from-primary to-secondary" : "bg-surface-muted",
              )}
              aria-hidden
            />
            <span
              className={cn(
                "inline-flex items-center gap-0.5 truncate text-[0.6875rem]",
                active ? "font-semibold text-foreground" : "text-muted-foreground",
              )}
            >
              {done ? <Check className="size-3 text-primary" aria-hidden /> : null}
              {s.label}
              <span className="sr-only">{done ? " (done)" : active ? " (current)" : ""}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

const STATUS: Record<string, { label: string; variant: "default" | "warning" | "success" | "muted" }> = {
  in_progress: { label: "In progress", variant: "default" },
  paused: { label: "Paused", variant: "warning" },
  completed: { label: "Completed", variant: "success" },
  abandoned: { label: "Abandoned", variant: "muted" },
};

export function InterviewProtocol({ hintsAvailable, stages }: { hintsAvailable: number; stages?: StageList }) {
  const status = useInterviewStore((s) => s.status);
  const hintsUsed = useInterviewStore((s) => s.hintsUsed);
  const hints = useInterviewStore((s) => s.hints);
  const feedback = useInterviewStore((s) => s.feedback);
  const st = STATUS[status] ?? { label: status, variant: "muted" as const };
  return (
    <section aria-labelledby="protocol-heading" className="space-y-3">
      <div className="flex items-center justify-between">
        <SectionTitle icon={<Target />} id="protocol-heading">
          Interview
        </SectionTitle>
        <Badge variant={st.variant}>{st.label}</Badge>
      </div>
      <StageStepper stages={stages} />
      <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <Lightbulb className="size-3.5 text-warning" aria-hidden />
        Hints used {hintsUsed} of {hintsAvailable}
      </p>
      {hints.length ? (
        <ul className="space-y-1.5" aria-label="Hints from the interviewer">
          {hints.map((h) => (
            <li key={h.id} className="rounded-lg border border-warning/30 bg-warning-soft px-3 py-2 text-xs animate-slide-up">
              <span className="font-semibold capitalize">{h.level} hint: </span>
              {h.hint}
            </li>
          ))}
        </ul>
      ) : null}
      {feedback ? (
        <div className="space-y-1.5 rounded-lg border border-secondary/25 bg-secondary-soft px-3 py-2 text-xs animate-slide-up">
          <p className="flex items-center gap-1 font-semibold">
            <Sparkles className="size-3.5 text-secondary" aria-hidden /> Interviewer feedback
          </p>
          <p className="text-muted-foreground">
            Target complexity: time <span className="font-mono text-foreground">{feedback.complexity.time}</span>, space{" "}
            <span className="font-mono text-foreground">{feedback.complexity.space}</span>
          </p>
          {feedback.suggestions.length ? (
            <ul className="list-disc space-y-0.5 pl-4">
              {feedback.suggestions.slice(0, 3).map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export function LiveMetrics() {
  const metrics = useInterviewStore((s) => s.metrics);
  const detailScore = useInterviewStore((s) => s.detail?.current_score ?? null);
  const latestRun = useCodeStore((s) => s.latestRun);
  const latestSubmission = useCodeStore((s) => s.latestSubmission);
  const elapsed = useElapsed();
  const latest =
    latestSubmission && (!latestRun || latestSubmission.at >= latestRun.at) ? latestSubmission : latestRun;
  const score = metrics?.current_score ?? detailScore ?? latestSubmission?.score ?? null;
  const tone = scoreTone(score);

  return (
    <section aria-labelledby="metrics-heading" className="space-y-3" data-testid="metrics">
      <SectionTitle icon={<Gauge />} id="metrics-heading">
        Live metrics
      </SectionTitle>
      <div className="grid grid-cols-2 gap-2">
        <ScoreCard icon={<Gauge />} label="Score" tone={tone} value={score === null ? "—" : <CountUp value={Math.round(score)} suffix="%" />} testId="metric-score" />
        <ScoreCard
          icon={<Check />}
          label="Tests passed"
          value={latest ? `${latest.tests_passed}/${latest.tests_total}` : "—"}
          testId="metric-tests"
        >
          {latest ? (
            <Progress
              className="mt-1.5 h-1.5"
              value={latest.tests_passed}
              max={Math.max(1, latest.tests_total)}
              label="Tests passed"
              indicatorClassName={latest.tests_passed === latest.tests_total ? "bg-success" : "bg-warning"}
            />
          ) : null}
        </ScoreCard>
        <ScoreCard icon={<Repeat />} label="Attempts" value={<CountUp value={metrics?.code_attempts ?? 0} />} testId="metric-attempts" />
        <ScoreCard icon={<Clock />} label="Time" value={formatClock(elapsed)} />
      </div>
      {metrics?.weak_areas.length ? (
        <div role="note" className="rounded-lg border border-warning/30 bg-warning-soft px-3 py-2 text-xs">
          <p className="mb-1 flex items-center gap-1 font-semibold">
            <AlertTriangle className="size-3.5 text-warning" aria-hidden /> Areas to watch
          </p>
          <ul className="list-disc space-y-0.5 pl-4">
            {metrics.weak_areas.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function RightSidebar({ problem }: { problem: ProblemDetail }) {
  return (
    <aside aria-label="Problem and progress" className="flex h-full min-h-0 flex-col">
      <Card glass className="flex min-h-0 flex-1 flex-col overflow-hidden">
        {/* Focusable so keyboard users can scroll it (WCAG 2.1.1). */}
        <div className="relative min-h-0 flex-1 space-y-6 overflow-y-auto p-4" tabIndex={0}>
          <ProblemStatement problem={problem} />
          <hr className="border-border" />
          <InterviewProtocol hintsAvailable={problem.hints_available} />
          <hr className="border-border" />
          <LiveMetrics />
        </div>
      </Card>
    </aside>
  );
}

