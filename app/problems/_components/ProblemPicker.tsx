"use client";

import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import {
  ArrowRight,
  CheckCircle2,
  Clock,
  FileText,
  Network,
  History,
  Play,
  RotateCcw,
  Search,
  SearchX,
  ServerCrash,
  Shuffle,
} from "lucide-react";
import { toast } from "sonner";
import type { InterviewDTO, ProblemSummary, SystemDesignDetail } from "@/lib/api/schemas";
import {
  api,
  ApiError,
  isUnauthorized,
  LANGUAGE_OPTIONS,
  languageLabel,
  redirectToSignIn,
  type Difficulty,
  type Language,
} from "@/app/_lib/api";
import { DifficultyBadge } from "@/components/difficulty-badge";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Kbd } from "@/components/ui/kbd";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/utils";

const LANG_KEY = "ic:language";
const DIFFICULTIES: { value: Difficulty | "all"; label: string }[] = [
  { value: "all", label: "All" },
  { value: "easy", label: "Easy" },
  { value: "medium", label: "Medium" },
  { value: "hard", label: "Hard" },
];

function useStoredLanguage(): [Language, (l: Language) => void] {
  const [lang, setLang] = React.useState<Language>("python");
  React.useEffect(() => {
    try {
      const stored = localStorage.getItem(LANG_KEY) as Language | null;
      if (stored && LANGUAGE_OPTIONS.some((l) => l.value === stored)) setLang(stored);
    } catch {
      /* ignore */
    }
  }, []);
  const set = React.useCallback((l: Language) => {
    setLang(l);
    try {
      localStorage.setItem(LANG_KEY, l);
    } catch {
      /* ignore */
    }
  }, []);
  return [lang, set];
}

function formatWhen(iso: string) {
  const d = new Date(iso);
  const diff = Date.now() - d.getTime();
  const min = Math.round(diff / 60_000);
  if (min < 1) return "just now";
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h ago`;
  return d.toLocaleDateString(undefined, { month: "short", day: "numeric" });
}

export function ProblemPicker() {
  const router = useRouter();
  const [difficulty, setDifficulty] = React.useState<Difficulty | "all">("all");
  const [category, setCategory] = React.useState<string>("all");
  const [language, setLanguage] = useStoredLanguage();
  const [search, setSearch] = React.useState("");
  const [startingId, setStartingId] = React.useState<number | null>(null);
  const searchRef = React.useRef<HTMLInputElement>(null);

  // Ctrl/Cmd+K (or "/") focuses the search box.
  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") || (e.key === "/" && !typing)) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const filters = {
    difficulty: difficulty === "all" ? undefined : difficulty,
    category: category === "all" ? undefined : category,
    language,
  };
  const problems = useQuery({
    queryKey: ["problems", filters],
    queryFn: () => api.problems(filters),
    placeholderData: keepPreviousData,
  });
  // Unfiltered list: categories for the select, titles for recent interviews.
  const allProblems = useQuery({ queryKey: ["problems", {}], queryFn: () => api.problems() });
  const interviews = useQuery({ queryKey: ["interviews"], queryFn: api.interviews });
  const designProblems = useQuery({ queryKey: ["system-design"], queryFn: api.systemDesignProblems });

  React.useEffect(() => {
    if (isUnauthorized(problems.error) || isUnauthorized(interviews.error)) redirectToSignIn();
  }, [problems.error, interviews.error]);

  const start = useMutation({
    mutationFn: (p: ProblemSummary) =>
      api.createInterview({ problem_id: p.id, difficulty: p.difficulty, language }),
    onMutate: (p) => setStartingId(p.id),
    onSuccess: (res) => {
      router.push(`/interview/${res.interview_id}`);
    },
    onError: (err) => {
      setStartingId(null);
      if (isUnauthorized(err)) return redirectToSignIn();
      toast.error("Couldn't start the interview", {
        description: err instanceof ApiError ? err.message : "Please try again.",
      });
    },
  });

  // A system-design interview has no language: the whiteboard takes the code editor's place.
  const startDesign = useMutation({
    mutationFn: (p: SystemDesignDetail) => api.createInterview({ problem_id: p.id, difficulty: p.difficulty }),
    onMutate: (p) => setStartingId(p.id),
    onSuccess: (res) => {
      router.push(`/interview/${res.interview_id}`);
    },
    onError: (err) => {
      setStartingId(null);
      if (isUnauthorized(err)) return redirectToSignIn();
      toast.error("Couldn't start the interview", {
        description: err instanceof ApiError ? err.message : "Please try again.",
      });
    },
  });

  // A random problem within the current filters, started at once.
  const random = useMutation({
    mutationFn: () => api.randomProblem(filters),
    onSuccess: (p) => start.mutate(p),
    onError: (err) => {
      if (isUnauthorized(err)) return redirectToSignIn();
      toast.error("Couldn't pick a problem", {
        description: err instanceof ApiError ? err.message : "Please try again.",
      });
    },
  });

  const categories = allProblems.data?.categories ?? problems.data?.categories ?? [];
  const titleById = new Map(
    [...(allProblems.data?.problems ?? []), ...(designProblems.data?.problems ?? [])].map((p) => [p.id, p]),
  );
  const q = search.trim().toLowerCase();
  const list = (problems.data?.problems ?? []).filter(
    (p) => !q || p.title.toLowerCase().includes(q) || p.tags.some((t) => t.toLowerCase().includes(q)),
  );
  const filtersActive = difficulty !== "all" || category !== "all" || q !== "";
  const resetFilters = () => {
    setDifficulty("all");
    setCategory("all");
    setSearch("");
  };

  return (
    <main id="main" className="mx-auto grid max-w-7xl gap-8 px-4 py-8 sm:px-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-labelledby="problems-heading" className="min-w-0">
        <div className="mb-6 flex animate-slide-up flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h1 id="problems-heading" className="text-h1 tracking-tight">
              Pick a problem
            </h1>
            <p className="mt-1 text-body text-muted-foreground">
              Choose a language and start a mock interview. The interviewer will introduce the problem.
            </p>
          </div>
          <Button
            variant="outline"
            onClick={() => random.mutate()}
            loading={random.isPending}
            disabled={startingId !== null}
            className="shrink-0"
          >
            {random.isPending ? null : <Shuffle aria-hidden />}
            Random problem
          </Button>
        </div>

        <div className="glass mb-4 grid gap-3 rounded-xl p-3" role="group" aria-label="Filters">
          <div className="grid gap-1.5">
            <Label htmlFor="problem-search" className="sr-only">
              Search problems
            </Label>
            <div className="relative">
              <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
              <Input
                ref={searchRef}
                id="problem-search"
                aria-keyshortcuts="Control+K"
                type="search"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                placeholder="Search by title or tag"
                className="pl-9 pr-16"
              />
              <Kbd className="pointer-events-none absolute right-3 top-1/2 hidden -translate-y-1/2 text-muted-foreground sm:inline-flex">
                Ctrl K
              </Kbd>
            </div>
          </div>
          <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
          <fieldset className="grid gap-1.5">
            <legend className="mb-1.5 text-caption font-medium leading-none">Difficulty</legend>
            <div className="inline-flex h-10 items-center gap-1 rounded-lg bg-surface-muted p-1">
              {DIFFICULTIES.map((d) => (
                <button
                  key={d.value}
                  type="button"
                  aria-pressed={difficulty === d.value}
                  onClick={() => setDifficulty(d.value)}
                  className={cn(
                    "h-8 rounded-md px-3 text-caption font-medium text-muted-foreground transition-colors duration-150 hover:text-foreground",
                    difficulty === d.value && "bg-surface text-foreground shadow-sm",
                  )}
                >
                  {d.label}
                </button>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-1.5 sm:w-48">
            <Label htmlFor="category-select">Category</Label>
            <Select value={category} onValueChange={setCategory}>
              <SelectTrigger id="category-select" className="h-10">
                <SelectValue placeholder="All categories" />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="all">All categories</SelectItem>
                {categories.map((c) => (
                  <SelectItem key={c} value={c}>
                    {c}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid gap-1.5 sm:w-40">
            <Label htmlFor="language-select">Language</Label>
            <Select value={language} onValueChange={(v) => setLanguage(v as Language)}>
              <SelectTrigger id="language-select" className="h-10">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {LANGUAGE_OPTIONS.map((l) => (
                  <SelectItem key={l.value} value={l.value}>
                    {l.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          </div>
        </div>

        <p aria-live="polite" className="mb-2 text-caption text-muted-foreground">
          {problems.isSuccess ? `${list.length} problem${list.length === 1 ? "" : "s"}` : "\u00a0"}
        </p>

        {problems.isPending ? (
          <ul className="grid gap-3" aria-label="Loading problems">
            {Array.from({ length: 5 }).map((_, i) => (
              <li key={i}>
                <Card className="flex items-center gap-4 p-4">
                  <div className="flex-1 space-y-2">
                    <Skeleton className="h-5 w-48" />
                    <Skeleton className="h-4 w-72 max-w-full" />
                  </div>
                  <Skeleton className="h-9 w-24" />
                </Card>
              </li>
            ))}
          </ul>
        ) : problems.isError && !problems.data ? (
          <Card>
            <EmptyState
              tone="error"
              icon={<ServerCrash />}
              title="Couldn't load problems"
              action={
                <Button variant="outline" onClick={() => problems.refetch()}>
                  <RotateCcw aria-hidden /> Try again
                </Button>
              }
            >
              {problems.error instanceof Error ? problems.error.message : null}
            </EmptyState>
          </Card>
        ) : list.length === 0 ? (
          <Card>
            <EmptyState
              icon={<SearchX />}
              title="No problems match these filters"
              action={
                filtersActive ? (
                  <Button variant="outline" onClick={resetFilters}>
                    Clear filters
                  </Button>
                ) : null
              }
            >
              Try another difficulty or category.
            </EmptyState>
          </Card>
        ) : (
          <ul className={cn("grid gap-3 transition-opacity", problems.isFetching && "opacity-70")} aria-label="Problems">
            {list.map((p, i) => (
              <li key={p.id} className="animate-slide-up" style={{ animationDelay: `${Math.min(i, 8) * 30}ms` }}>
                <Card className="group flex flex-col gap-3 p-4 transition-[box-shadow,border-color,transform] duration-150 ease-smooth hover:-translate-y-px hover:border-primary/40 hover:shadow-md motion-reduce:hover:translate-y-0 sm:flex-row sm:items-center">
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <h2 className="text-body font-semibold">{p.title}</h2>
                      <DifficultyBadge difficulty={p.difficulty} />
                      <Badge variant="secondary">{p.category}</Badge>
                    </div>
                    <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                      <span className="inline-flex items-center gap-1">
                        <Clock className="size-3.5" aria-hidden /> ~{p.estimated_minutes} min
                      </span>
                      {p.tags.length ? (
                        <span className="flex flex-wrap gap-1" aria-label="Tags">
                          {p.tags.map((t) => (
                            <Badge key={t} variant="outline" className="font-normal">
                              {t}
                            </Badge>
                          ))}
                        </span>
                      ) : null}
                    </div>
                  </div>
                  <Button
                    onClick={() => start.mutate(p)}
                    loading={startingId === p.id}
                    disabled={startingId !== null && startingId !== p.id}
                    aria-label={`Start ${p.title} in ${languageLabel(language)}`}
                    className="sm:w-32"
                  >
                    {startingId === p.id ? "Starting…" : "Start"}
                    {startingId === p.id ? null : <ArrowRight aria-hidden />}
                  </Button>
                </Card>
              </li>
            ))}
          </ul>
        )}

        <section aria-labelledby="system-design-heading" className="mt-10" data-testid="system-design-section">
          <h2 id="system-design-heading" className="flex items-center gap-2 text-h2 tracking-tight">
            <Network className="size-5 text-primary" aria-hidden /> System design
          </h2>
          <p className="mb-4 mt-1 text-caption text-muted-foreground">
            Talk through requirements, then sketch the architecture on a whiteboard while the interviewer probes it.
          </p>
          {designProblems.isPending ? (
            <div className="grid gap-3" aria-label="Loading system-design interviews">
              {Array.from({ length: 3 }).map((_, i) => (
                <Skeleton key={i} className="h-16 w-full" />
              ))}
            </div>
          ) : designProblems.isError ? (
            <Card>
              <EmptyState
                tone="error"
                icon={<ServerCrash />}
                title="Couldn't load system-design problems"
                action={
                  <Button variant="outline" onClick={() => designProblems.refetch()}>
                    <RotateCcw aria-hidden /> Try again
                  </Button>
                }
              />
            </Card>
          ) : (
            <ul className="grid gap-3" aria-label="System-design interviews">
              {(designProblems.data?.problems ?? []).map((p) => (
                <li key={p.id}>
                  <Card className="flex flex-col gap-3 p-4 transition-[box-shadow,border-color] duration-150 ease-smooth hover:border-primary/40 hover:shadow-md sm:flex-row sm:items-center">
                    <div className="min-w-0 flex-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <h3 className="text-body font-semibold">{p.title}</h3>
                        <DifficultyBadge difficulty={p.difficulty} />
                      </div>
                      <p className="mt-1 line-clamp-2 text-xs text-muted-foreground">{p.brief}</p>
                      <span className="mt-1 inline-flex items-center gap-1 text-xs text-muted-foreground">
                        <Clock className="size-3.5" aria-hidden /> ~{p.estimated_minutes} min
                      </span>
                    </div>
                    <Button
                      onClick={() => startDesign.mutate(p)}
                      loading={startingId === p.id}
                      disabled={startingId !== null && startingId !== p.id}
                      aria-label={`Start ${p.title} (system design)`}
                      className="sm:w-32"
                    >
                      {startingId === p.id ? "Starting…" : "Start"}
                      {startingId === p.id ? null : <ArrowRight aria-hidden />}
                    </Button>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>
      </section>

      <aside aria-labelledby="recent-heading" className="lg:pt-[5.5rem]">
        <Card glass className="lg:sticky lg:top-20">
          <CardHeader className="flex-row items-center gap-2">
            <History className="size-4 text-muted-foreground" aria-hidden />
            <CardTitle as="h2">
              <span id="recent-heading">Recent interviews</span>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <RecentInterviews
              loading={interviews.isPending}
              error={interviews.isError && !isUnauthorized(interviews.error)}
              items={interviews.data?.interviews ?? []}
              titleOf={(id) => titleById.get(id)?.title ?? `Problem ${id}`}
            />
          </CardContent>
        </Card>
      </aside>
    </main>
  );
}

const STATUS_LABEL: Record<string, { label: string; variant: "default" | "warning" | "success" | "muted" }> = {
  in_progress: { label: "In progress", variant: "default" },
  paused: { label: "Paused", variant: "warning" },
  completed: { label: "Completed", variant: "success" },
  abandoned: { label: "Abandoned", variant: "muted" },
};

function RecentInterviews({
  loading,
  error,
  items,
  titleOf,
}: {
  loading: boolean;
  error: boolean;
  items: InterviewDTO[];
  titleOf: (problemId: number) => string;
}) {
  if (loading) {
    return (
      <div className="grid gap-3" aria-label="Loading recent interviews">
        {Array.from({ length: 3 }).map((_, i) => (
          <Skeleton key={i} className="h-14" />
        ))}
      </div>
    );
  }
  if (error) return <p className="text-caption text-muted-foreground">Couldn&apos;t load your interviews.</p>;
  if (items.length === 0) {
    return (
      <EmptyState icon={<Play />} title="No interviews yet" className="py-6">
        Start one from the list — it will show up here so you can resume it or read the report.
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-2" aria-label="Recent interviews">
      {items.slice(0, 8).map((iv) => {
        const status = STATUS_LABEL[iv.status] ?? { label: iv.status, variant: "muted" as const };
        const done = iv.status === "completed" || iv.status === "abandoned";
        const score = iv.final_score ?? iv.current_score;
        const title = titleOf(iv.problem_id);
        return (
          <li key={iv.id} className="rounded-lg border border-border bg-surface/70 p-3">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="truncate text-caption font-semibold">{title}</p>
                <p className="mt-0.5 text-xs text-muted-foreground">
                  {iv.language ? languageLabel(iv.language) : "System design"} · {formatWhen(iv.started_at)}
                </p>
              </div>
              <Badge variant={status.variant}>
                {iv.status === "completed" ? <CheckCircle2 aria-hidden /> : null}
                {status.label}
              </Badge>
            </div>
            <div className="mt-2 flex items-center justify-between gap-2">
              <span className="text-xs text-muted-foreground">
                {score !== null && score !== undefined ? (
                  <>
                    Score <span className="font-semibold text-foreground">{Math.round(score)}</span>
                  </>
                ) : (
                  "Not scored yet"
                )}
              </span>
              {done ? (
                <Button asChild size="sm" variant="outline">
                  <Link href={`/interview/${iv.id}/report`} aria-label={`View report for ${title}`}>
                    <FileText aria-hidden /> Report
                  </Link>
                </Button>
              ) : (
                <Button asChild size="sm" variant="outline">
                  <Link href={`/interview/${iv.id}`} aria-label={`Resume ${title}`}>
                    <Play aria-hidden /> Resume
                  </Link>
                </Button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
