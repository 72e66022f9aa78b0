import * as React from "react";
import { cn } from "./utils";

export function Kbd({ className, ...props }: React.HTMLAttributes<HTMLElement>) {
  return (
    <kbd
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border border-current/20 bg-current/5 px-1 font-mono text-[0.6875rem] leading-none opacity-80",
        className,
      )}
      {...props}
    />
  );
}
