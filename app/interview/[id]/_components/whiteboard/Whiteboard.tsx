"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/** Excalidraw is heavy and browser-only: its chunk loads when the Whiteboard tab first opens. */
export const Whiteboard = dynamic(() => import("./WhiteboardCanvas"), {
  ssr: false,
  loading: () => (
    <div className="space-y-3 p-4" role="status" aria-label="Loading the whiteboard">
      <Skeleton className="h-8 w-1/2" />
      <Skeleton className="h-64 w-full" />
    </div>
  ),
});
