"use client";

import * as React from "react";
import { useMutation } from "@tanstack/react-query";
import { Check, Copy, Link2 } from "lucide-react";
import { toast } from "sonner";
import { ApiError } from "@/app/_lib/api";
import { Button, Spinner } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/utils";
import { setSharing } from "../_lib/data";

const absolute = (url: string) => {
  try {
    return new URL(url, window.location.origin).toString();
  } catch {
    return url;
  }
};

/** Owner-only: a switch that turns the no-sign-in link on or off, and the link to copy while it is on. */
export function ShareToggle({ interviewId, initial }: { interviewId: string; initial: { shared: boolean; url: string | null } }) {
  const [state, setState] = React.useState(initial);
  const [copied, setCopied] = React.useState(false);
  const id = React.useId();
  const mutation = useMutation({
    mutationFn: (enabled: boolean) => setSharing(interviewId, enabled),
    onSuccess: (res) => {
      setState({ shared: res.shared, url: res.url });
      toast.success(res.shared ? "Sharing is on: anyone with the link can read this report" : "Sharing is off: the link no longer works");
    },
    onError: (err) =>
      toast.error("Couldn't change sharing", { description: err instanceof ApiError ? err.message : "Please try again." }),
  });
  const url = state.shared && state.url ? absolute(state.url) : null;
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      toast.success("Link copied");
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      toast.error("Couldn't copy; select the link and copy it instead.");
    }
  };
  return (
    <Card className="space-y-3 p-4 print:hidden" data-testid="share-card">
      <div className="flex items-start gap-3">
        <Link2 className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
        <div className="min-w-0 flex-1">
          <p id={`${id}-label`} className="text-caption font-semibold">
            Share this report
          </p>
          <p id={`${id}-desc`} className="text-xs text-muted-foreground">
            {state.shared
              ? "Anyone with the link can read it without signing in. Turn off to revoke the link."
              : "Off: only you can see it. Turn on to get a link that needs no sign-in."}
          </p>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={state.shared}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-desc`}
          disabled={mutation.isPending}
          onClick={() => mutation.mutate(!state.shared)}
          data-testid="share-switch"
          className={cn(
            "relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border-2 border-transparent transition-colors duration-150 ease-smooth",
            "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-60",
            state.shared ? "bg-primary" : "bg-neutral-500",
          )}
        >
          <span
            aria-hidden
            className={cn(
              "pointer-events-none inline-flex size-5 items-center justify-center rounded-full bg-white shadow transition-transform duration-150 ease-smooth",
              state.shared ? "translate-x-5" : "translate-x-0",
            )}
          >
            {mutation.isPending ? <Spinner className="size-3 text-neutral-500" /> : null}
          </span>
        </button>
      </div>
      {url ? (
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-url`} className="sr-only">
            Share link
          </label>
          <input
            id={`${id}-url`}
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="h-8 min-w-0 flex-1 rounded-md border border-input bg-surface px-2 font-mono text-xs"
            data-testid="share-url"
          />
          <Button variant="outline" size="sm" onClick={copy} aria-label="Copy the share link">
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
