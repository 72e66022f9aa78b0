"use client";

import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ArrowLeft, FileQuestion, History, Play, Printer, Repeat, RotateCcw, ServerCrash } from "lucide-react";
import { toast } from "sonner";
import { api, ApiError, isUnauthorized, redirectToSignIn } from "@/app/_lib/api";
import { AppHeader } from "@/components/app-header";
import { EmptyState } from "@/components/empty-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { fetchOwnerInterview, fetchTimeline, reportDataFromOwner } from "../_lib/data";
import { ReportSkeleton, ReportView } from "./ReportView";
import { ShareToggle } from "./ShareToggle";

function Centered({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <Card glass>{children}</Card>
    </main>
  );
}

export function InterviewReport({ id }: { id: string }) {
  const router = useRouter();
  const query = useQuery({ queryKey: ["interview", id, "report"], queryFn: () => fetchOwnerInterview(id) });
  const completed = Boolean(query.data?.detail.report);
  // The timeline is optional for drawing the report: without it the replay falls back to the transcript.
  const timeline = useQuery({
    queryKey: ["interview", id, "timeline"],
    queryFn: () => fetchTimeline(id),
    enabled: completed,
    retry: false,
  });
  const again = useMutation({
    mutationFn: () => {
      const d = query.data!.detail;
      return api.createInterview({
        problem_id: d.problem_id,
        difficulty: d.difficulty,
        ...(d.kind === "coding" ? { language: d.language } : {}),
      });
    },
    onSuccess: (res) => router.push(`/interview/${res.interview_id}`),
    onError: (err) => toast.error("Couldn't start a new interview", { description: err instanceof Error ? err.message : undefined }),
  });

  React.useEffect(() => {
    if (isUnauthorized(query.error) || isUnauthorized(timeline.error)) redirectToSignIn();
  }, [query.error, timeline.error]);

  let body: React.ReactNode;
  if (query.isPending || (completed && timeline.isPending)) body = <ReportSkeleton />;
  else if (query.error instanceof ApiError && query.error.status === 404) {
    body = (
      <Centered>
        <EmptyState
          icon={<FileQuestion />}
          title="Report not found"
          action={
            <Button asChild>
              <Link href="/history">Your interviews</Link>
            </Button>
          }
        >
          This interview doesn&apos;t exist or belongs to another account.
        </EmptyState>
      </Centered>
    );
  } else if (query.isError) {
    body = (
      <Centered>
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
      </Centered>
    );
  } else {
    const owner = query.data;
    const data = reportDataFromOwner(owner, timeline.data?.events ?? null);
    if (!data) {
      body = (
        <Centered>
          <EmptyState
            icon={<Play />}
            title="This interview is still in progress"
            action={
              <Button asChild>
                <Link href={`/interview/${id}`}>Resume the interview</Link>
              </Button>
            }
          >
            End the interview to get your score, rubric, feedback and the replay here.
          </EmptyState>
        </Centered>
      );
    } else {
      // A recruiter of the link's team reading the candidate's URL gets the report alone, read-only.
      const candidate = owner.isCandidate;
      const print = (
        <Button variant="outline" size="sm" onClick={() => window.print()}>
          <Printer aria-hidden /> Print
        </Button>
      );
      body = (
        <ReportView
          data={data}
          backLink={
            <Button asChild variant="ghost" size="sm" className="print:hidden">
              <Link href={candidate ? "/history" : "/recruit/links"}>
                <ArrowLeft aria-hidden /> {candidate ? "History" : "Links"}
              </Link>
            </Button>
          }
          actions={
            candidate ? (
              <>
                {print}
                <Button size="sm" onClick={() => again.mutate()} loading={again.isPending}>
                  {again.isPending ? null : <Repeat aria-hidden />} Practice again
                </Button>
              </>
            ) : (
              print
            )
          }
          aside={
            candidate ? (
              <>
                <ShareToggle interviewId={id} initial={owner.share} />
                <Card className="p-4 text-caption print:hidden">
                  <p className="flex items-center gap-2 font-semibold">
                    <History className="size-4 text-primary" aria-hidden /> Your progress
                  </p>
                  <p className="mt-1 text-muted-foreground">
                    See your score trend, weak areas across interviews and what to practise next.
                  </p>
                  <Button asChild variant="outline" size="sm" className="mt-3">
                    <Link href="/history">Open history</Link>
                  </Button>
                </Card>
              </>
            ) : undefined
          }
        />
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
