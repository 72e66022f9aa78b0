"use client";

import { cn } from "@/components/ui/utils";
import { LottieAnimation } from "./LottieAnimation";

/** Three hopping dots in the primary colour (800 ms loop); a still frame under reduced motion. */
export function TypingDots({ className }: { className?: string }) {
  return <LottieAnimation name="typing" size={[30, 15]} className={className} />;
}

/**
 * The interviewer's pending reply: "thinking" until the request is accepted, then
 * "typing" until the first words arrive.
 */
export function TypingIndicator({
  phase = "typing",
  label = phase === "thinking" ? "Interviewer is thinking" : "Interviewer is typing",
}: {
  phase?: "thinking" | "typing";
  label?: string;
}) {
  return (
    <div className="flex items-end gap-2 animate-slide-in-left" data-testid="typing-indicator" data-phase={phase}>
      <AiAvatar />
      <div className="rounded-2xl rounded-bl-md border border-border bg-bubble-ai px-3 py-1.5 shadow-sm">
        <LottieAnimation name={phase} size={[36, 18]} />
        <span className="sr-only">{label}…</span>
      </div>
    </div>
  );
}

export function AiAvatar({ className }: { className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-gradient-to-br from-primary to-secondary text-[0.625rem] font-bold tracking-wide text-white shadow-sm",
        className,
      )}
    >
      AI
    </span>
  );
}
