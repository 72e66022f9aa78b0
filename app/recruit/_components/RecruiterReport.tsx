"use client";

import * as React from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, Eye, FileDown, FileQuestion, Printer } from "lucide-react";
import { ApiError, isUnauthorized, redirectToSignIn } from "@/app/_lib/api";
import { fetchOwnerInterview, fetchTimeline, reportDataFromOwner } from "@/app/interview/[id]/report/_lib/data";
import { ReportSkeleton, ReportView } from "@/app/interview/[id]/report/_components/ReportView";
import { AppHeader } from "@/components/app-header";
import { EmptyState } from "@/components/empty-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { candidateName, pdfHref } from "./LinkDetail";
import { LoadError } from "./RecruitFrame";

/** The report of an interview started from one of the team's links: read-only, with the PDF export. */
export function RecruiterReport({ id }: { id: string }) {
  const query = useQuery({ queryKey: ["interview", id, "report"], queryFn: () => fetchOwnerInterview(id), retry: false });
  const completed = Boolean(query.data?.detail.report);
  const timeline = useQuery({ queryKey: ["interview", id, "timeline"], queryFn: () => fetchTimeline(id), enabled: completed, retry: false });
  React.useEffect(() => {
    if (isUnauthorized(query.error)) redirectToSignIn();
  }, [query.error]);

  const back = (
    <Button asChild variant="ghost" size="sm" className="print:hidden">
      <Link href="/recruit/links">
        <ArrowLeft aria-hidden /> Interview links
      </Link>
    </Button>
  );
  let body: React.ReactNode;
  if (query.isPending || (completed && timeline.isPending)) body = <ReportSkeleton />;
  else if (query.error instanceof ApiError && query.error.status === 404) {
    body = (
      <main id="main" className="mx-auto max-w-md px-4 py-16">
        <Card>
          <EmptyState icon={<FileQuestion />} title="Report not found" action={back}>
            This interview doesn&apos;t exist, or it wasn&apos;t started from one of your team&apos;s links.
          </EmptyState>
        </Card>
      </main>
    );
  } else if (query.isError) {
    body = (
      <main id="main" className="mx-auto max-w-md px-4 py-16">
        <LoadError error={query.error} retry={() => query.refetch()} />
      </main>
    );
  } else {
    const data = reportDataFromOwner(query.data, timeline.data?.events ?? null);
    if (!data) {
      body = (
        <main id="main" className="mx-auto max-w-md px-4 py-16">
          <Card>
            <EmptyState
              icon={<Eye />}
              title="This interview is still in progress"
              action={
                <Button asChild>
                  <Link href={`/recruit/interviews/${id}/live`}>
                    <Eye aria-hidden /> Watch live
                  </Link>
                </Button>
              }
            >
              The report appears here when the candidate ends the interview.
            </EmptyState>
          </Card>
        </main>
      );
    } else {
      body = (
        <ReportView
          data={data}
          heading="Interview report"
          backLink={back}
          actions={
            <>
              <Button variant="outline" size="sm" onClick={() => window.print()}>
                <Printer aria-hidden /> Print
              </Button>
              <Button asChild size="sm">
                <a href={pdfHref(id)} download data-testid="export-pdf">
                  <FileDown aria-hidden /> Export PDF
                </a>
              </Button>
            </>
          }
          aside={
            <Card className="p-4 text-caption print:hidden">
              <p className="font-semibold">{candidateName(id)}</p>
              <p className="mt-1 text-muted-foreground">
                Read-only: you are reading this as a member of the team whose link started the interview. The view is recorded in the team&apos;s audit log.
              </p>
            </Card>
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
