"use client";

import dynamic from "next/dynamic";
import { useReducedMotion } from "framer-motion";
import { CheckCircle2 } from "lucide-react";
import { cn } from "@/components/ui/utils";
import successAnimation from "./animations/success.json";

// lottie-web is sizeable and browser-only: load it on first use.
const Lottie = dynamic(() => import("lottie-react").then((m) => m.LottieLight), {
  ssr: false,
  loading: () => <CheckCircle2 className="size-6 text-success" aria-hidden />,
});

/** Checkmark with a small celebration (Lottie), or a static icon under reduced motion. */
export function SuccessCheck({ className }: { className?: string }) {
  const reduce = useReducedMotion();
  if (reduce) return <CheckCircle2 className={cn("size-6 text-success", className)} aria-hidden />;
  return (
    <span className={cn("inline-flex size-8 shrink-0 items-center justify-center", className)} aria-hidden>
      <Lottie src={successAnimation} loop={false} autoplay style={{ width: 32, height: 32 }} />
    </span>
  );
}
