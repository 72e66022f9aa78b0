"use client";

import { cn } from "@/components/ui/utils";
import { LottieAnimation } from "./LottieAnimation";

/** Code symbol with a circling arc, shown while a run is queued or executing. */
export function ExecutionSpinner({ label, className }: { label: string; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2", className)} role="status">
      <LottieAnimation name="code-executing" size={20} />
      <span>{label}</span>
    </span>
  );
}
