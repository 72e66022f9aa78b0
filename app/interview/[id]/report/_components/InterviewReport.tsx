"use client";

import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { motion, useReducedMotion } from "framer-motion";
import {
  ArrowLeft,
  CheckCircle2,
  Clock,
  Copy,
  FileQuestion,
  Lightbulb,
  MessagesSquare,
  Play,
  Printer,
  Repeat,
  RotateCcw,
  ServerCrash,
  Sparkles,
  TrendingUp,
} from "lucide-react";
import { toast } from "sonner";
import { api, ApiError, isUnauthorized, languageLabel, redirectToSignIn } from "@/app/_lib/api";
import { CountUp, scoreTone, TONE_TEXT } from "@/app/interview/components/ScoreCard";
import { AiAvatar } from "@/app/interview/components/TypingIndicator";
import { AppHeader } from "@/components/app-header";
import { DifficultyBadge } from "@/components/difficulty-badge";
import { EmptyState } from "@/components/empty-state";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/utils";

function formatDuration(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m >= 60) return `${Math.floor(m / 60)} h ${m % 60} min`;
  return m > 0 ? `${m} min ${s.toString().padStart(2, "0")} s` : `${s} s`;
}

function ScoreRing({ score }: { score: number }) {
  const reduce = useReducedMotion();
  const tone = scoreTone(score);
  const r = 54;
  const c = 2 * Math.PI * r;
  const stroke = { success: "#10B981", warning: "#F59E0B", error: "#EF4444", muted: "#9CA3AF" }[tone];
  return (
    <div className="relative size-36 shrink-0" data-testid="report-score" aria-label={`Score ${Math.round(score)} out of 100`} role="img">
      <svg viewBox="0 0 128 128" className="size-full -rotate-90" aria-hidden>
        <circle cx="64" cy="64" r={r} fill="none" stroke="currentColor" strokeWidth="10" className="text-surface-muted" />
        <motion.circle
          cx="64"
          cy="64"
          r={r}
          fill="none"
          stroke={stroke}
          strokeWidth="10"
          strokeLinecap="round"
          strokeDasharray={c}
          initial={{ strokeDashoffset: reduce ? c * (1 - score / 100) : c }}
          animate={{ strokeDashoffset: c * (1 - Math.max(0, Math.min(100, score)) / 100) }}
          transition={{ duration: reduce ? 0 : 1, ease: [0.16, 1, 0.3, 1] }}
        />
      </svg>
      <div className="absolute inset-0 flex flex-col items-center justify-center" aria-hidden>
        <CountUp value={Math.round(score)} className={cn("text-display font-bold tabular-nums leading-none", TONE_TEXT[tone])} />
        <span className="mt-1 text-xs text-muted-foreground">out of 100</span>
      </div>
    </div>
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

function ReportSkeleton() {
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8 sm:px-6" aria-busy="true" aria-label="Loading the report">
      <Skeleton className="h-8 w-64" />
      <Card className="flex gap-6 p-6">
        <Skeleton className="size-36 rounded-full" />
        <div className="flex-1 space-y-3">
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
        </div>
      </Card>
      <Skeleton className="h-48 w-full" />
    </main>
  );
}

export function InterviewReport({ id }: { id: string }) {
  const router = useRouter();
  const query = useQuery({ queryKey: ["interview", id, "report"], queryFn: () => api.interview(id) });
  const again = useMutation({
    mutationFn: () => {
      const d = query.data!;
      return api.createInterview({ problem_id: d.problem_id, difficulty: d.difficulty, language: d.language });
    },
    onSuccess: (res) => router.push(`/interview/${res.interview_id}`),
    onError: (err) => toast.error("Couldn't start a new interview", { description: err instanceof Error ? err.message : undefined }),
  });

  React.useEffect(() => {
    if (isUnauthorized(query.error)) redirectToSignIn();
  }, [query.error]);

  let body: React.ReactNode;
  if (query.isPending) body = <ReportSkeleton />;
  else if (query.error instanceof ApiError && query.error.status === 404) {
    body = (
      <main id="main" className="mx-auto max-w-md px-4 py-16">
        <Card glass>
          <EmptyState icon={<FileQuestion />} title="Report not found" action={<Button asChild><Link href="/problems">Back to problems</Link></Button>}>
            This interview doesn&apos;t exist or belongs to another account.
          </EmptyState>
        </Card>
      </main>
    );
  } else if (query.isError) {
    body = (
      <main id="main" className="mx-auto max-w-md px-4 py-16">
        <Card glass>
          <EmptyState
            tone="error"
            icon={<ServerCrash />}
            title="Couldn't load the report"
            action={
              <Button variant="outline" onClick={() => query.refetch()}>
                <RotateCcw aria-hidden /> Try again
              </Button>
            }
          >
            {query.error instanceof Error ? query.error.message : null}
          </EmptyState>
        </Card>
      </main>
    );
  } else {
    const d = query.data;
    const report = d.report;
    if (!report) {
      body = (
        <main id="main" className="mx-auto max-w-md px-4 py-16">
          <Card glass>
            <EmptyState
              icon={<Play />}
              title="This interview is still in progress"
              action={
                <Button asChild>
                  <Link href={`/interview/${id}`}>Resume the interview</Link>
                </Button>
              }
            >
              End the interview to get your score, feedback and the full transcript here.
            </EmptyState>
          </Card>
        </main>
      );
    } else {
      const finalCode = d.code_by_language[d.language] ?? "";
      const transcript = d.messages.filter((m) => m.role !== "system");
      body = (
        <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8 sm:px-6">
          <div className="flex flex-wrap items-center gap-3 animate-slide-up">
            <Button asChild variant="ghost" size="sm" className="print:hidden">
              <Link href="/problems">
                <ArrowLeft aria-hidden /> Problems
              </Link>
            </Button>
            <div className="min-w-0 flex-1">
              <h1 className="text-h1 tracking-tight">Interview report</h1>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-caption text-muted-foreground">
                <span className="font-medium text-foreground">{d.problem.title}</span>
                <DifficultyBadge difficulty={d.problem.difficulty} />
                <span>{languageLabel(d.language)}</span>
                <span aria-hidden>·</span>
                <span>{new Date(d.started_at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}</span>
              </p>
            </div>
            <div className="flex gap-2 print:hidden">
              <Button variant="outline" size="sm" onClick={() => window.print()}>
                <Printer aria-hidden /> Print
              </Button>
              <Button size="sm" onClick={() => again.mutate()} loading={again.isPending}>
                {again.isPending ? null : <Repeat aria-hidden />} Practice again
              </Button>
            </div>
          </div>

          <Card glass className="animate-scale-in p-6">
            <div className="flex flex-col gap-6 sm:flex-row sm:items-center">
              <ScoreRing score={report.score} />
              <div className="min-w-0 flex-1 space-y-3">
                <h2 className="text-h2">Summary</h2>
                <p className="text-body text-muted-foreground" data-testid="report-summary">
                  {report.summary}
                </p>
              </div>
            </div>
            <dl className="mt-6 grid grid-cols-2 gap-3 md:grid-cols-4">
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
              <Stat icon={<Repeat />} label="Attempts" value={report.code_attempts} testId="report-attempts" />
              <Stat icon={<Lightbulb />} label="Hints used" value={report.hints_used} testId="report-hints" />
              <Stat icon={<Clock />} label="Time" value={formatDuration(report.time_spent_seconds)} testId="report-time" />
            </dl>
          </Card>

          <div className="grid gap-6 md:grid-cols-2">
            <Card>
              <CardHeader className="flex-row items-center gap-2">
                <Sparkles className="size-4 text-success" aria-hidden />
                <CardTitle as="h2">Strengths</CardTitle>
              </CardHeader>
              <CardContent>
                {report.strengths.length ? (
                  <ul className="space-y-2 text-caption">
                    {report.strengths.map((s, i) => (
                      <li key={i} className="flex gap-2">
                        <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
                        {s}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-caption text-muted-foreground">Nothing stood out this time — keep practising.</p>
                )}
              </CardContent>
            </Card>
            <Card>
              <CardHeader className="flex-row items-center gap-2">
                <TrendingUp className="size-4 text-warning" aria-hidden />
                <CardTitle as="h2">What to improve</CardTitle>
              </CardHeader>
              <CardContent>
                {report.improvements.length ? (
                  <ul className="space-y-2 text-caption">
                    {report.improvements.map((s, i) => (
                      <li key={i} className="flex gap-2">
                        <TrendingUp className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
                        {s}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-caption text-muted-foreground">No specific improvements noted.</p>
                )}
              </CardContent>
            </Card>
          </div>

          <Card>
            <CardHeader className="flex-row items-center gap-2">
              <CardTitle as="h2">Final code</CardTitle>
              <Badge variant="muted">{languageLabel(d.language)}</Badge>
              <Button
                variant="ghost"
                size="sm"
                className="ml-auto print:hidden"
                onClick={async () => {
                  try {
                    await navigator.clipboard.writeText(finalCode);
                    toast.success("Code copied");
                  } catch {
                    toast.error("Couldn't copy");
                  }
                }}
              >
                <Copy aria-hidden /> Copy
              </Button>
            </CardHeader>
            <CardContent>
              {finalCode ? (
                <pre
                  className="max-h-[28rem] overflow-auto rounded-lg border border-border bg-code-bg p-4 font-mono text-code"
                  data-testid="report-code"
                  tabIndex={0}
                  aria-label="Final code"
                >
                  <code>{finalCode}</code>
                </pre>
              ) : (
                <p className="text-caption text-muted-foreground">No code was written.</p>
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader className="flex-row items-center gap-2">
              <MessagesSquare className="size-4 text-muted-foreground" aria-hidden />
              <CardTitle as="h2">Transcript</CardTitle>
              <span className="text-xs text-muted-foreground">{transcript.length} messages</span>
            </CardHeader>
            <CardContent>
              <ol className="space-y-4" aria-label="Transcript" data-testid="transcript">
                {transcript.map((m) => (
                  <li key={m.id} className="flex gap-3">
                    {m.role === "ai" ? (
                      <AiAvatar className="mt-0.5" />
                    ) : (
                      <span
                        className="mt-0.5 inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-primary-soft text-[0.625rem] font-bold text-primary"
                        aria-hidden
                      >
                        You
                      </span>
                    )}
                    <div className="min-w-0 flex-1">
                      <p className="text-xs text-muted-foreground">
                        <span className="font-semibold text-foreground">{m.role === "ai" ? "Interviewer" : "You"}</span>
                        {" · "}
                        {new Date(m.timestamp).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })}
                      </p>
                      {m.role === "ai" ? (
                        <Markdown text={m.content} className="mt-1 text-caption" />
                      ) : (
                        <p className="mt-1 whitespace-pre-wrap break-words text-caption">{m.content}</p>
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
        </main>
      );
    }
  }

  return (
    <div className="app-backdrop min-h-dvh">
      <div className="print:hidden">
        <AppHeader />
      </div>
      {body}
    </div>
  );
}
