"use client";

import * as React from "react";
import { cn } from "@/components/ui/utils";

/**
 * Markdown for AI messages and problem statements. react-markdown and its parser (~50 KB
 * gzipped) are not part of the page's first load: the text shows as plain pre-wrapped text
 * until ./markdown-renderer has loaded (started on the first mount, once the page is
 * interactive), then every Markdown re-renders formatted. Later mounts render formatted at once.
 */

type Renderer = React.ComponentType<{ text: string; className?: string }>;

let loaded: Renderer | null = null;
let loading: Promise<Renderer> | null = null;
const listeners = new Set<() => void>();

export function loadMarkdown(): Promise<Renderer> {
  loading ??= import("./markdown-renderer").then((m) => {
    loaded = m.default;
    listeners.forEach((l) => l());
    return m.default;
  });
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!loaded) void loadMarkdown().catch(() => undefined);
  return () => listeners.delete(listener);
}

const useRenderer = () =>
  React.useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );

export const Markdown = React.memo(function Markdown({ text, className }: { text: string; className?: string }) {
  const Impl = useRenderer();
  if (Impl) return <Impl text={text} className={className} />;
  return (
    <div className={cn("prose-chat whitespace-pre-wrap", className)} data-markdown="plain">
      {text}
    </div>
  );
});
