"use client";

import * as React from "react";
import dynamic from "next/dynamic";
import type { LottieHandle } from "lottie-react";
import { cn } from "@/components/ui/utils";
import { useReducedMotion } from "./useReducedMotion";

/** Each animation loads on first use, so the room only pays for the ones it shows. */
const SOURCES = {
  typing: () => import("./animations/typing.json"),
  thinking: () => import("./animations/thinking.json"),
  "message-sent": () => import("./animations/message-sent.json"),
  "code-executing": () => import("./animations/code-executing.json"),
  success: () => import("./animations/success.json"),
  error: () => import("./animations/error.json"),
  loading: () => import("./animations/loading.json"),
  connected: () => import("./animations/connected.json"),
} satisfies Record<string, () => Promise<{ default: object }>>;

export type LottieAnimationName = keyof typeof SOURCES;
export const LOTTIE_ANIMATION_NAMES = Object.keys(SOURCES) as LottieAnimationName[];

/** The frame shown instead of playing under reduced motion: the one that reads best on its own. */
const STILL_FRAME: Record<LottieAnimationName, number> = {
  typing: 0,
  thinking: 30,
  "message-sent": 20,
  "code-executing": 0,
  success: 47,
  error: 47,
  loading: 0,
  connected: 0,
};

const loaded = new Map<LottieAnimationName, object>();

// lottie-web is sizeable and browser-only: load it on first use.
const Lottie = dynamic(() => import("lottie-react").then((m) => m.LottieLight), { ssr: false });

export interface LottieAnimationProps {
  name: LottieAnimationName;
  /** Rendered size in px: a number for a square, or [width, height]. */
  size?: number | readonly [number, number];
  loop?: boolean;
  /** Describes the animation to assistive tech; without it the animation is decorative. */
  label?: string;
  className?: string;
}

/** A brand animation that plays once or loops, or holds one still frame when motion is reduced. */
export function LottieAnimation({ name, size = 24, loop = true, label, className }: LottieAnimationProps) {
  const reduce = useReducedMotion();
  const [data, setData] = React.useState<object | null>(() => loaded.get(name) ?? null);
  const handle = React.useRef<LottieHandle>(null);
  const [width, height] = typeof size === "number" ? [size, size] : size;

  React.useEffect(() => {
    let live = true;
    const cached = loaded.get(name);
    if (cached) setData(cached);
    else
      void SOURCES[name]().then((m) => {
        loaded.set(name, m.default);
        if (live) setData(m.default);
      });
    return () => {
      live = false;
    };
  }, [name]);

  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true };
  return (
    <span
      {...a11y}
      className={cn("inline-flex shrink-0 items-center justify-center", className)}
      style={{ width, height }}
      data-animation={name}
      data-motion={reduce ? "static" : "animated"}
    >
      {data ? (
        <Lottie
          key={reduce ? "static" : "animated"}
          src={data}
          loop={reduce ? false : loop}
          autoplay={!reduce}
          lottieRef={handle}
          subscriptions={reduce ? { ready: () => handle.current?.seek(STILL_FRAME[name]) } : undefined}
          style={{ width, height }}
        />
      ) : null}
    </span>
  );
}
