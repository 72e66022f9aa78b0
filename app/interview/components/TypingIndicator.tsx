import { cn } from "@/components/ui/utils";

/** Three bouncing dots in the primary color (800 ms loop); static under reduced motion. */
export function TypingDots({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1", className)} aria-hidden>
      {[0, 1, 2].map((i) => (
        <span
          key={i}
          className="size-1.5 rounded-full bg-primary animate-typing-dot"
          style={{ animationDelay: `${i * 130}ms` }}
        />
      ))}
    </span>
  );
}

export function TypingIndicator({ label = "Interviewer is typing" }: { label?: string }) {
  return (
    <div className="flex items-end gap-2 animate-slide-in-left" data-testid="typing-indicator">
      <AiAvatar />
      <div className="rounded-2xl rounded-bl-md border border-border bg-bubble-ai px-4 py-3 shadow-sm">
        <TypingDots />
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
