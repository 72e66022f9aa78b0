"use client";

import * as React from "react";
import { convertToExcalidrawElements, Excalidraw, exportToBlob, exportToSvg } from "@excalidraw/excalidraw";
import type { ExcalidrawImperativeAPI, ExcalidrawInitialDataState } from "@excalidraw/excalidraw/types";
import "@excalidraw/excalidraw/index.css";
import { Check, CloudOff, Download, Loader2 } from "lucide-react";
import { toast } from "sonner";
import { api, ApiError } from "@/app/_lib/api";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useInterviewStore } from "@/stores/interviewStore";
import { useUiStore } from "@/stores/uiStore";

/** Fonts come from our own route (app/excalidraw-assets), never from a CDN. */
if (typeof window !== "undefined") {
  (window as typeof window & { EXCALIDRAW_ASSET_PATH?: string }).EXCALIDRAW_ASSET_PATH = "/excalidraw-assets/";
}

type SaveState = "saved" | "saving" | "unsaved" | "error";
/** Flushes pending whiteboard changes to the server now. */
export type WhiteboardSaver = () => Promise<void>;

const DEBOUNCE_MS = 2_000;

function WhiteboardSaveIndicator({ state }: { state: SaveState }) {
  const map = {
    saved: { icon: <Check className="size-3.5 text-success" aria-hidden />, text: "Saved" },
    saving: { icon: <Loader2 className="size-3.5 animate-spin motion-reduce:animate-none" aria-hidden />, text: "Saving…" },
    unsaved: { icon: <span className="size-2 rounded-full bg-warning" aria-hidden />, text: "Unsaved changes" },
    error: { icon: <CloudOff className="size-3.5 text-error" aria-hidden />, text: "Not saved — retrying" },
  } as const;
  const s = map[state];
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-muted-foreground" role="status" data-testid="whiteboard-save-state">
      {s.icon}
      {s.text}
    </span>
  );
}

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * The system-design whiteboard: loads the newest saved scene, saves 2 s after the last change
 * (and when the tab hides), and exports the diagram as PNG or SVG.
 */
export default function WhiteboardCanvas({
  interviewId,
  readOnly,
  active = true,
  saverRef,
}: {
  interviewId: string;
  readOnly: boolean;
  /** Whether the tab is showing: the canvas re-measures itself when it comes back into view. */
  active?: boolean;
  saverRef?: React.RefObject<WhiteboardSaver | null>;
}) {
  const theme = useUiStore((s) => s.theme);
  const [initialData, setInitialData] = React.useState<ExcalidrawInitialDataState | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [saveState, setSaveState] = React.useState<SaveState>("saved");
  const apiRef = React.useRef<ExcalidrawImperativeAPI | null>(null);
  // Fingerprint of the last scene the server has, so selection or scrolling alone doesn't save.
  const savedVersion = React.useRef<string>("");
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = React.useRef<Promise<void> | null>(null);

  React.useEffect(() => {
    let cancelled = false;
    api
      .whiteboard(interviewId)
      .then((wb) => {
        if (cancelled) return;
        const elements = wb.scene.elements as unknown as NonNullable<ExcalidrawInitialDataState["elements"]>;
        savedVersion.current = fingerprint(elements);
        setInitialData({
          elements,
          appState: { viewBackgroundColor: "transparent", gridModeEnabled: true },
          files: wb.scene.files as ExcalidrawInitialDataState["files"],
          scrollToContent: elements.length > 0,
        });
      })
      .catch((err) => {
        if (!cancelled) setLoadError(err instanceof Error ? err.message : "Couldn't load the whiteboard");
      });
    return () => {
      cancelled = true;
    };
  }, [interviewId]);

  const saveNow = React.useCallback(
    async (opts: { keepalive?: boolean } = {}) => {
      clearTimeout(timer.current);
      const excalidraw = apiRef.current;
      if (!excalidraw || readOnly) return;
      if (inFlight.current) await inFlight.current;
      const elements = excalidraw.getSceneElements();
      const version = fingerprint(elements);
      if (version === savedVersion.current) {
        setSaveState("saved");
        return;
      }
      const task = (async () => {
        setSaveState("saving");
        try {
          const saved = await api.saveWhiteboard(
            interviewId,
            { elements, appState: { gridModeEnabled: true }, files: excalidraw.getFiles() as Record<string, unknown> },
            { keepalive: opts.keepalive },
          );
          savedVersion.current = version;
          useInterviewStore.getState().setStage(saved.stage);
          setSaveState(fingerprint(excalidraw.getSceneElements()) === version ? "saved" : "unsaved");
        } catch (err) {
          if (err instanceof ApiError && err.status === 409) {
            // The interview ended elsewhere: nothing more to save.
            savedVersion.current = version;
            setSaveState("saved");
            return;
          }
          setSaveState("error");
          timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS * 3);
        }
      })();
      inFlight.current = task;
      await task;
      inFlight.current = null;
    },
    [interviewId, readOnly],
  );

  const onChange = React.useCallback(
    (elements: Parameters<NonNullable<React.ComponentProps<typeof Excalidraw>["onChange"]>>[0]) => {
      if (readOnly) return;
      if (fingerprint(elements) === savedVersion.current) return;
      setSaveState((s) => (s === "saving" ? s : "unsaved"));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS);
    },
    [readOnly, saveNow],
  );

  React.useEffect(() => {
    if (!saverRef) return;
    saverRef.current = () => saveNow();
    return () => {
      saverRef.current = null;
    };
  }, [saverRef, saveNow]);

  React.useEffect(() => {
    if (active) apiRef.current?.refresh();
  }, [active]);

  // Flush on tab hide, unload and unmount.
  React.useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void saveNow({ keepalive: true });
    };
    const onUnload = () => void saveNow({ keepalive: true });
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onUnload);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onUnload);
      void saveNow({ keepalive: true });
    };
  }, [saveNow]);

  const setApi = React.useCallback((excalidraw: ExcalidrawImperativeAPI) => {
    apiRef.current = excalidraw;
    // For browser tests, like the code editor's handle: the API, and the skeleton → element converter.
    Object.assign(window, {
      __interviewCoachWhiteboard: excalidraw,
      __interviewCoachWhiteboardConvert: convertToExcalidrawElements,
    });
  }, []);
  React.useEffect(
    () => () => {
      const w = window as typeof window & { __interviewCoachWhiteboard?: unknown; __interviewCoachWhiteboardConvert?: unknown };
      delete w.__interviewCoachWhiteboard;
      delete w.__interviewCoachWhiteboardConvert;
    },
    [],
  );

  const exportAs = async (format: "png" | "svg") => {
    const excalidraw = apiRef.current;
    if (!excalidraw) return;
    const elements = excalidraw.getSceneElements();
    if (elements.length === 0) {
      toast.info("The whiteboard is empty", { description: "Draw something first." });
      return;
    }
    const appState = { ...excalidraw.getAppState(), exportBackground: true, exportWithDarkMode: theme === "dark" };
    const files = excalidraw.getFiles();
    try {
      if (format === "png") {
        download(await exportToBlob({ elements, appState, files, mimeType: "image/png" }), "system-design.png");
      } else {
        const svg = await exportToSvg({ elements, appState, files });
        download(new Blob([svg.outerHTML], { type: "image/svg+xml" }), "system-design.svg");
      }
    } catch (err) {
      toast.error("Couldn't export the diagram", { description: err instanceof Error ? err.message : undefined });
    }
  };

  if (loadError) {
    return (
      <p role="alert" className="p-4 text-caption text-error">
        {loadError}
      </p>
    );
  }

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="whiteboard">
      <div className="flex items-center gap-2 border-b border-border px-3 py-1.5">
        {readOnly ? <span className="text-xs text-muted-foreground">Read-only</span> : <WhiteboardSaveIndicator state={saveState} />}
        <div className="ml-auto flex items-center gap-1">
          <Button variant="ghost" size="sm" onClick={() => void exportAs("png")} disabled={!initialData}>
            <Download aria-hidden /> PNG
          </Button>
          <Button variant="ghost" size="sm" onClick={() => void exportAs("svg")} disabled={!initialData}>
            <Download aria-hidden /> SVG
          </Button>
        </div>
      </div>
      <div className="relative min-h-0 flex-1">
        {initialData ? (
          <Excalidraw
            excalidrawAPI={setApi}
            initialData={initialData}
            onChange={onChange}
            theme={theme === "dark" ? "dark" : "light"}
            gridModeEnabled
            viewModeEnabled={readOnly}
            name="System design"
            UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false, export: false } }}
          />
        ) : (
          <div className="space-y-3 p-4" role="status" aria-label="Loading the whiteboard">
            <Skeleton className="h-8 w-1/2" />
            <Skeleton className="h-64 w-full" />
          </div>
        )}
      </div>
    </div>
  );
}

/** Ids and versions of the live elements: changes when the drawing does, not when the view moves. */
function fingerprint(elements: readonly { id: string; version?: number; isDeleted?: boolean }[]): string {
  return elements
    .filter((e) => !e.isDeleted)
    .map((e) => `${e.id}:${e.version ?? 0}`)
    .join(",");
}
