"use client";

import * as React from "react";
import { RotateCcw, ServerCrash } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/empty-state";

/** Last-resort boundary: something in the page threw while rendering. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  React.useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="app-backdrop grid min-h-dvh place-items-center p-4">
      <Card glass className="w-full max-w-md">
        <EmptyState
          tone="error"
          icon={<ServerCrash />}
          title="Something went wrong"
          action={
            <div className="flex gap-2">
              <Button variant="outline" onClick={() => retry()}>
                <RotateCcw aria-hidden /> Try again
              </Button>
              <Button asChild>
                <a href="/problems">Go to problems</a>
              </Button>
            </div>
          }
        >
          Your code and conversation are saved on the server; reloading usually fixes this.
          {digest ? <span className="mt-1 block font-mono text-xs">Reference: {digest}</span> : null}
        </EmptyState>
      </Card>
    </main>
  );
}
