"use client";

import { cn } from "@/components/ui/utils";
import { LottieAnimation } from "./LottieAnimation";

/** Checkmark with a small celebration, played once; a still check under reduced motion. */
export function SuccessCheck({ className }: { className?: string }) {
  return <LottieAnimation name="success" size={32} loop={false} className={cn("size-8", className)} />;
}

/** Cross with a short shake, played once, for a failed run or a compile error. */
export function ErrorCross({ className }: { className?: string }) {
  return <LottieAnimation name="error" size={32} loop={false} className={cn("size-8", className)} />;
}
