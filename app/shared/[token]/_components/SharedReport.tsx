"use client";

import * as React from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Link2Off, RotateCcw, ServerCrash } from "lucide-react";
import { ApiError } from "@/app/_lib/api";
import { fetchShared, reportDataFromShared } from "@/app/interview/[id]/report/_lib/data";
import { ReportSkeleton, ReportView } from "@/app/interview/[id]/report/_components/ReportView";
import { Brand } from "@/components/brand";
import { EmptyState } from "@/components/empty-state";
import { ThemeToggle } from "@/components/theme-toggle";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** A header for readers without an account: no user menu, nothing that needs signing in. */
function PublicHeader() {
  return (
    <header className="glass sticky top-0 z-40 border-x-0 border-t-0 print:hidden">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Brand href="/signin" />
        <div className="flex-1" />
        <Badge variant="muted" className="hidden sm:inline-flex">
          Read-only
        </Badge>
        <ThemeToggle />
      </div>
    </header>
  );
}

export function SharedReport({ token }: { token: string }) {
  const query = useQuery({ queryKey: ["shared", token], queryFn: () => fetchShared(token), retry: false });

  let body: React.ReactNode;
  if (query.isPending) body = <ReportSkeleton />;
  else if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 410)) {
    body = (
      <main id="main" className="mx-auto max-w-md px-4 py-16">
        <Card glass data-testid="shared-unavailable">
          <EmptyState
            icon={<Link2Off />}
            title="This report is no longer shared"
            action={
              <Button asChild variant="outline">
                <Link href="/signin">Practise with Interview Coach</Link>
              </Button>
            }
          >
            Its owner turned sharing off, or the link is mistyped. Ask them for a new link.
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
    const data = reportDataFromShared(query.data);
    const who = query.data.interview.candidate_name;
    body = <ReportView data={data} heading={who ? `${who}'s interview report` : "Interview report"} />;
  }

  return (
    <div className="app-backdrop min-h-dvh" data-testid="shared-report-page">
      <PublicHeader />
      {body}
    </div>
  );
}
