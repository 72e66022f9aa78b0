import * as React from "react";
import { cn } from "./utils";

/**
 * A key cap. `tone="inverse"` is for keys drawn on a filled (primary/success) button: a
 * darkening backdrop keeps white text at ≥ 4.5:1, where a translucent white one would lift the
 * button colour under it (white on #2a8c70 is 4.1:1).
 */
export function Kbd({
  className,
  tone = "default",
  ...props
}: React.HTMLAttributes<HTMLElement> & { tone?: "default" | "inverse" }) {
  return (
    <kbd
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border px-1 font-mono text-[0.6875rem] leading-none",
        tone === "default" && "border-border bg-surface-muted text-muted-foreground",
        tone === "inverse" && "border-white/45 bg-black/20 text-white",
        className,
      )}
      {...props}
    />
  );
}
