import { cn } from "@/components/ui/utils";

/** Spinning code symbol shown while a run executes. */
export function ExecutionSpinner({ label, className }: { label: string; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2", className)} role="status">
      <span className="relative inline-flex size-5 items-center justify-center">
        <span className="absolute inset-0 animate-spin rounded-full border-2 border-primary/20 border-t-primary motion-reduce:animate-none" />
        <span className="font-mono text-[0.5rem] font-bold text-primary" aria-hidden>
          {"</>"}
        </span>
      </span>
      <span>{label}</span>
    </span>
  );
}
