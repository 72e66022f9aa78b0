"use client";

import * as React from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, Columns3, Eye, FileDown, FileText, Link2Off, ListChecks } from "lucide-react";
import { languageLabel } from "@/app/_lib/api";
import { scoreTone } from "@/app/interview/components/ScoreCard";
import { TONE_TEXT_AA } from "@/app/interview/[id]/report/_components/ReportView";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { cn } from "@/components/ui/utils";
import type { LinkDTO, LinkInterviewDTO } from "@/lib/api/schemas";
import type { Comparison } from "@/lib/recruiting/compare-schema";
import { dateTime, interviewStatus, isStatus, problemLabel, recruit } from "../_lib/recruit";
import { LinkStatusBadge } from "./LinksPage";
import { CopyField, LoadError, PageSkeleton, RecruitFrame, WithTeam } from "./RecruitFrame";

/** Link candidates are guests: the recruiter sees a short stable name (the compare view uses the same). */
export const candidateName = (interviewId: string) => `Candidate ${interviewId.slice(0, 6).toUpperCase()}`;
export const pdfHref = (interviewId: string) => `/api/v1/interviews/${encodeURIComponent(interviewId)}/report.pdf`;

function Score({ value }: { value: number | null }) {
  if (value === null) return <span className="text-muted-foreground">—</span>;
  return <span className={cn("font-semibold tabular-nums", TONE_TEXT_AA[scoreTone(value)])}>{Math.round(value)}</span>;
}

const live = (status: string) => status === "in_progress" || status === "paused";

function InterviewActions({ iv }: { iv: LinkInterviewDTO }) {
  const name = candidateName(iv.id);
  return (
    <div className="flex flex-wrap justify-end gap-1">
      {live(iv.status) ? (
        <Button asChild size="sm">
          <Link href={`/recruit/interviews/${iv.id}/live`} aria-label={`Watch ${name} live`}>
            <Eye aria-hidden /> Watch live
          </Link>
        </Button>
      ) : null}
      {iv.status === "completed" ? (
        <Button asChild size="sm" variant="outline">
          <Link href={`/recruit/interviews/${iv.id}/report`} aria-label={`Read the report of ${name}`}>
            <FileText aria-hidden /> Report
          </Link>
        </Button>
      ) : null}
      <Button asChild size="sm" variant="ghost">
        <a href={pdfHref(iv.id)} download aria-label={`Export the report of ${name} as PDF`}>
          <FileDown aria-hidden /> PDF
        </a>
      </Button>
    </div>
  );
}

function InterviewsTable({ interviews }: { interviews: LinkInterviewDTO[] }) {
  if (interviews.length === 0) {
    return (
      <EmptyState icon={<ListChecks />} title="Nobody has started yet">
        Interviews appear here as soon as a candidate presses Start, and you can watch them live.
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring" role="region" aria-label="Interviews started from this link" tabIndex={0}>
      <table className="w-full text-left text-caption" data-testid="link-interviews">
        <caption className="sr-only">Interviews started from this link</caption>
        <thead className="text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Candidate</th>
            <th scope="col" className="py-2 pr-3 font-medium">Status</th>
            <th scope="col" className="py-2 pr-3 font-medium">Score</th>
            <th scope="col" className="py-2 pr-3 font-medium">Problem</th>
            <th scope="col" className="py-2 pr-3 font-medium">Started</th>
            <th scope="col" className="py-2 pr-3 font-medium">Ended</th>
            <th scope="col" className="py-2 text-right font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {interviews.map((iv) => {
            const s = interviewStatus(iv.status);
            return (
              <tr key={iv.id} data-testid="link-interview" data-interview-id={iv.id} data-status={iv.status}>
                <th scope="row" className="py-3 pr-3 font-medium">{candidateName(iv.id)}</th>
                <td className="py-3 pr-3">
                  <Badge variant={s.variant}>{s.label}</Badge>
                </td>
                <td className="py-3 pr-3" data-testid="interview-score">
                  <Score value={iv.final_score ?? iv.current_score} />
                </td>
                <td className="py-3 pr-3">
                  {iv.problem_title}
                  {iv.language ? <span className="text-muted-foreground"> · {languageLabel(iv.language)}</span> : null}
                  {iv.hints_used ? <span className="text-muted-foreground"> · {iv.hints_used} hint{iv.hints_used === 1 ? "" : "s"}</span> : null}
                </td>
                <td className="whitespace-nowrap py-3 pr-3 tabular-nums text-muted-foreground">{dateTime(iv.started_at)}</td>
                <td className="whitespace-nowrap py-3 pr-3 tabular-nums text-muted-foreground">{dateTime(iv.ended_at)}</td>
                <td className="py-3">
                  <InterviewActions iv={iv} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const VERDICT: Record<string, string> = { strong_hire: "Strong hire", hire: "Hire", lean_hire: "Lean hire", lean_no_hire: "Lean no hire", no_hire: "No hire" };
const minutes = (s: number | null) => (s === null ? "—" : `${Math.round(s / 60)} min`);

function CompareTable({ data }: { data: Comparison }) {
  const people = data.candidates;
  if (people.length === 0) {
    return (
      <EmptyState icon={<Columns3 />} title="Nothing to compare yet">
        Candidates appear side by side here once they start.
      </EmptyState>
    );
  }
  const rows: { label: string; cell: (c: Comparison["candidates"][number]) => React.ReactNode }[] = [
    { label: "Status", cell: (c) => <Badge variant={interviewStatus(c.status).variant}>{interviewStatus(c.status).label}</Badge> },
    { label: "Score", cell: (c) => <Score value={c.score} /> },
    { label: "Recommendation", cell: (c) => (c.recommendation ? (VERDICT[c.recommendation] ?? c.recommendation.replace(/_/g, " ")) : "—") },
    ...data.dimensions.map((d) => ({ label: d.label, cell: (c: Comparison["candidates"][number]) => <Score value={c.rubric[d.id] ?? null} /> })),
    { label: "Tests passed", cell: (c) => (c.tests_total ? `${c.tests_passed}/${c.tests_total}` : "—") },
    { label: "Hints used", cell: (c) => c.hints_used },
    { label: "Time spent", cell: (c) => minutes(c.time_spent_seconds) },
    { label: "Complexity", cell: (c) => c.complexity ?? "—" },
    { label: "Problem", cell: (c) => `${c.problem_title}${c.language ? ` · ${languageLabel(c.language)}` : ""}` },
    { label: "Started", cell: (c) => dateTime(c.started_at) },
  ];
  return (
    <div className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring" role="region" aria-label="Candidates side by side" tabIndex={0}>
      <table className="w-full min-w-[36rem] text-left text-caption" data-testid="compare-table">
        <caption className="sr-only">Candidates of this link side by side</caption>
        <thead>
          <tr className="text-xs text-muted-foreground">
            <td className="py-2 pr-3" />
            {people.map((c) => (
              <th key={c.interview_id} scope="col" className="py-2 pr-3 font-semibold text-foreground">
                {c.candidate}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className="whitespace-nowrap py-2 pr-3 font-medium text-muted-foreground">
                {r.label}
              </th>
              {people.map((c) => (
                <td key={c.interview_id} className="py-2 pr-3">
                  {r.cell(c)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-2 pr-3 font-medium text-muted-foreground">
              <span className="sr-only">Actions</span>
            </th>
            {people.map((c) => (
              <td key={c.interview_id} className="py-2 pr-3">
                {c.status === "completed" ? (
                  <Link href={`/recruit/interviews/${c.interview_id}/report`} className="font-medium text-primary-text underline underline-offset-2">
                    Report<span className="sr-only"> of {c.candidate}</span>
                  </Link>
                ) : null}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function LinkSummary({ link }: { link: LinkDTO }) {
  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-center gap-2">
        <CardTitle as="h2">{problemLabel(link)}</CardTitle>
        <LinkStatusBadge status={link.status} />
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid grid-cols-2 gap-3 text-caption sm:grid-cols-4">
          {[
            ["Duration", `${link.duration_minutes} min`],
            ["Languages", link.problem?.kind === "system_design" ? "Whiteboard" : link.languages.map(languageLabel).join(", ")],
            ["Hints", link.hints_allowed ? "Allowed" : "Off"],
            ["Expires", dateTime(link.expires_at)],
            ["Max uses", link.max_uses === null ? "No limit" : String(link.max_uses)],
            ["Opened", String(link.counts.opened)],
            ["Started", String(link.counts.started)],
            ["Finished", String(link.counts.finished)],
          ].map(([k, v]) => (
            <div key={k}>
              <dt className="text-xs text-muted-foreground">{k}</dt>
              <dd className="font-medium">{v}</dd>
            </div>
          ))}
        </dl>
        {link.note ? <p className="rounded-lg bg-surface-muted p-3 text-caption">{link.note}</p> : null}
        {link.status === "active" ? <CopyField value={link.url} label="Interview link" /> : null}
      </CardContent>
    </Card>
  );
}

export function LinkDetail({ id }: { id: string }) {
  const links = useQuery({ queryKey: ["links"], queryFn: recruit.links });
  const interviews = useQuery({ queryKey: ["link", id, "interviews"], queryFn: () => recruit.linkInterviews(id), refetchInterval: 10_000, retry: false });
  const [tab, setTab] = React.useState("interviews");
  // Reading the reports side by side is audited as reading each: fetched only when the tab opens.
  const compare = useQuery({ queryKey: ["link", id, "compare"], queryFn: () => recruit.compare(id), retry: false, enabled: tab === "compare" });
  const link = links.data?.links.find((l) => l.id === id);
  return (
    <RecruitFrame
      title="Interview link"
      description={link ? problemLabel(link) : undefined}
      actions={
        <Button asChild variant="ghost" size="sm">
          <Link href="/recruit/links">
            <ArrowLeft aria-hidden /> All links
          </Link>
        </Button>
      }
    >
      <WithTeam next={`/recruit/links/${id}`}>
        {() => {
          if (links.isPending || interviews.isPending) return <PageSkeleton />;
          if (isStatus(interviews.error, 404) || (links.data && !link)) {
            return (
              <Card>
                <EmptyState icon={<Link2Off />} title="Link not found">
                  This link doesn&apos;t exist or belongs to another team.
                </EmptyState>
              </Card>
            );
          }
          if (links.isError) return <LoadError error={links.error} retry={() => links.refetch()} />;
          if (interviews.isError) return <LoadError error={interviews.error} retry={() => interviews.refetch()} />;
          return (
            <div className="grid gap-6 [&>*]:min-w-0">
              {link ? <LinkSummary link={link} /> : null}
              <Card>
                <Tabs value={tab} onValueChange={setTab}>
                  <CardHeader className="flex-row flex-wrap items-center gap-3">
                    <div className="flex-1">
                      <CardTitle as="h2">Candidates</CardTitle>
                      <CardDescription>Watch interviews in progress, read finished reports, or compare candidates side by side.</CardDescription>
                    </div>
                    <TabsList>
                      <TabsTrigger value="interviews">
                        <ListChecks className="size-4" aria-hidden /> Interviews
                      </TabsTrigger>
                      <TabsTrigger value="compare">
                        <Columns3 className="size-4" aria-hidden /> Compare
                      </TabsTrigger>
                    </TabsList>
                  </CardHeader>
                  <CardContent>
                    <TabsContent value="interviews">
                      <InterviewsTable interviews={interviews.data.interviews} />
                    </TabsContent>
                    <TabsContent value="compare">
                      {compare.isPending ? (
                        <PageSkeleton />
                      ) : compare.isError ? (
                        <LoadError error={compare.error} retry={() => compare.refetch()} />
                      ) : (
                        <CompareTable data={compare.data} />
                      )}
                    </TabsContent>
                  </CardContent>
                </Tabs>
              </Card>
            </div>
          );
        }}
      </WithTeam>
    </RecruitFrame>
  );
}
