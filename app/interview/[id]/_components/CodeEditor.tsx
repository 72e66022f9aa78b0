"use client";

import * as React from "react";
import dynamic from "next/dynamic";
import { AlertCircle, Check, CloudOff, Loader2, Minus, Play, Plus, Redo2, RotateCcw, Undo2 } from "lucide-react";
import { toast } from "sonner";
import { api, LANGUAGE_OPTIONS, languageLabel } from "@/app/_lib/api";
import { jetbrainsMono } from "@/app/fonts";
import { Button } from "@/components/ui/button";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Kbd } from "@/components/ui/kbd";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Tooltip } from "@/components/ui/tooltip";
import { useCodeStore, type Language } from "@/stores/codeStore";
import { useInterviewStore } from "@/stores/interviewStore";
import { useUiStore } from "@/stores/uiStore";
import type { MonacoHandle } from "./monaco/MonacoEditor";

export const loadMonacoEditor = () => import("./monaco/MonacoEditor");

const MonacoEditor = dynamic(loadMonacoEditor, {
  ssr: false,
  loading: () => <EditorSkeleton />,
});

function EditorSkeleton() {
  return (
    <div className="space-y-2.5 p-4" aria-label="Loading the editor" role="status">
      {[60, 80, 45, 70, 30, 55].map((w, i) => (
        <Skeleton key={i} className="h-3.5" style={{ width: `${w}%` }} />
      ))}
    </div>
  );
}

const EXT: Record<Language, string> = { python: "py", javascript: "js", java: "java", cpp: "cpp", go: "go" };

function SaveIndicator() {
  const saveState = useCodeStore((s) => s.saveState);
  const map = {
    saved: { icon: <Check className="size-3.5 text-success" aria-hidden />, text: "Saved" },
    saving: { icon: <Loader2 className="size-3.5 animate-spin motion-reduce:animate-none" aria-hidden />, text: "Saving…" },
    unsaved: { icon: <span className="size-2 rounded-full bg-warning" aria-hidden />, text: "Unsaved changes" },
    error: { icon: <CloudOff className="size-3.5 text-error" aria-hidden />, text: "Not saved — retrying" },
  } as const;
  const s = map[saveState];
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-muted-foreground" role="status" data-testid="save-state">
      {s.icon}
      <span className="hidden sm:inline">{s.text}</span>
      <span className="sr-only sm:hidden">{s.text}</span>
    </span>
  );
}

/** Finds "line N" in a compiler or runtime message (Python, Java, C++, Go, JS formats). */
export function errorLine(message: string | null | undefined): number | null {
  if (!message) return null;
  const m =
    message.match(/\bline (\d+)/i) ??
    message.match(/\.(?:py|js|mjs|java|cpp|cc|h|go):(\d+)/) ??
    message.match(/^(\d+):\d+:/m);
  const n = m ? Number(m[1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function useErrorMarkers() {
  const result = useCodeStore((s) => (s.shownResult === "submit" ? s.latestSubmission : s.latestRun));
  return React.useMemo(() => {
    if (!result || result.status === "success") return [];
    const message = result.error ?? result.results.find((t) => t.error)?.error ?? null;
    const line = errorLine(message);
    return line && message ? [{ line, message: message.split("\n").slice(0, 6).join("\n") }] : [];
  }, [result]);
}

export interface CodeEditorProps {
  interviewId: string;
  starterCode: Record<string, string>;
  readOnly: boolean;
  onRun: () => void;
  /** Ctrl/Cmd+Shift+Enter on the Code tab (in the editor or not) submits. */
  onSubmit?: () => void;
  editorRef: React.RefObject<MonacoHandle | null>;
}

export function CodeEditor({ interviewId, starterCode, readOnly, onRun, onSubmit, editorRef }: CodeEditorProps) {
  const language = useCodeStore((s) => s.language);
  const code = useCodeStore((s) => s.codeByLanguage[s.language] ?? "");
  const fontSize = useCodeStore((s) => s.fontSize);
  const setFontSize = useCodeStore((s) => s.setFontSize);
  const phase = useCodeStore((s) => s.phase);
  const theme = useUiStore((s) => s.theme);
  const [confirmReset, setConfirmReset] = React.useState(false);
  const markers = useErrorMarkers();

  const onChange = React.useCallback((value: string) => {
    const s = useCodeStore.getState();
    s.setCode(s.language, value);
  }, []);

  const changeLanguage = async (value: string) => {
    const next = value as Language;
    const s = useCodeStore.getState();
    if (next === s.language) return;
    if (s.codeByLanguage[next] === undefined) {
      useCodeStore.setState({ codeByLanguage: { ...s.codeByLanguage, [next]: starterCode[next] ?? "" } });
    }
    s.setLanguage(next);
    try {
      await api.updateInterview(interviewId, { language: next });
    } catch (err) {
      toast.error("Couldn't switch language on the server", {
        description: err instanceof Error ? err.message : undefined,
      });
    }
  };

  const resetToStarter = () => {
    const starter = starterCode[language] ?? "";
    editorRef.current?.setValue(starter);
    useCodeStore.getState().setCode(language, starter);
    setConfirmReset(false);
    toast.success(`Reset to the ${languageLabel(language)} starter code`, { description: "Undo with Ctrl+Z." });
  };

  // Ctrl/Cmd+Shift+Enter submits: caught on the way down (capture), before Monaco reads it as
  // "insert line above" and before the workspace's Ctrl+Enter handler reads it as Run.
  const submitRef = React.useRef(onSubmit);
  submitRef.current = onSubmit;
  React.useEffect(() => {
    if (readOnly) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.key !== "Enter" || e.isComposing) return;
      if (!submitRef.current) return;
      if (useInterviewStore.getState().activeTab !== "code") return;
      e.preventDefault();
      e.stopPropagation();
      submitRef.current();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [readOnly]);

  const running = phase !== "idle";
  const lines = code ? code.split("\n").length : 0;

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="code-editor-panel">
      <div className="flex flex-wrap items-center gap-2 border-b border-border px-3 py-2">
        <label htmlFor="editor-language" className="sr-only">
          Language
        </label>
        <Select value={language} onValueChange={changeLanguage} disabled={readOnly || running}>
          <SelectTrigger id="editor-language" className="h-8 w-36" aria-label="Language">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {LANGUAGE_OPTIONS.map((l) => (
              <SelectItem key={l.value} value={l.value}>
                {l.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>

        <div className="flex items-center rounded-lg border border-border" role="group" aria-label="Font size">
          <Tooltip content="Smaller font">
            <Button
              variant="ghost"
              size="icon-sm"
              className="rounded-r-none"
              onClick={() => setFontSize(fontSize - 1)}
              disabled={fontSize <= 12}
              aria-label="Decrease font size"
            >
              <Minus aria-hidden />
            </Button>
          </Tooltip>
          <span className="w-8 text-center text-xs tabular-nums text-muted-foreground" aria-live="polite">
            {fontSize}px
          </span>
          <Tooltip content="Larger font">
            <Button
              variant="ghost"
              size="icon-sm"
              className="rounded-l-none"
              onClick={() => setFontSize(fontSize + 1)}
              disabled={fontSize >= 18}
              aria-label="Increase font size"
            >
              <Plus aria-hidden />
            </Button>
          </Tooltip>
        </div>

        {!readOnly ? (
          <div className="flex items-center" role="group" aria-label="Edit history">
            <Tooltip content="Undo (Ctrl+Z)">
              <Button variant="ghost" size="icon-sm" onClick={() => editorRef.current?.undo()} aria-label="Undo" aria-keyshortcuts="Control+Z">
                <Undo2 aria-hidden />
              </Button>
            </Tooltip>
            <Tooltip content="Redo (Ctrl+Shift+Z)">
              <Button variant="ghost" size="icon-sm" onClick={() => editorRef.current?.redo()} aria-label="Redo" aria-keyshortcuts="Control+Shift+Z">
                <Redo2 aria-hidden />
              </Button>
            </Tooltip>
          </div>
        ) : null}

        {!readOnly ? (
          <Tooltip content="Reset to starter code">
            <Button variant="ghost" size="icon-sm" onClick={() => setConfirmReset(true)} aria-label="Reset to starter code">
              <RotateCcw aria-hidden />
            </Button>
          </Tooltip>
        ) : null}

        <div className="ml-auto flex items-center gap-3">
          {!readOnly ? <SaveIndicator /> : null}
          <span className="hidden text-xs tabular-nums text-muted-foreground md:inline" aria-label="Code size">
            {lines} lines · {code.length} chars
          </span>
          <Button
            onClick={onRun}
            disabled={readOnly || running}
            loading={running}
            size="sm"
            variant="success"
            aria-keyshortcuts="Control+Enter"
            data-testid="run-button"
          >
            {running ? null : <Play aria-hidden />}
            Run
            <Kbd tone="inverse" className="ml-0.5 hidden lg:inline-flex">Ctrl ↵</Kbd>
          </Button>
        </div>
      </div>

      <div
        className="relative min-h-0 flex-1 bg-[#ffffff] dark:bg-[#0f1623]"
        data-testid="code-editor"
      >
        {readOnly ? (
          <div className="absolute right-3 top-2 z-10 inline-flex items-center gap-1 rounded-md bg-surface-muted px-2 py-1 text-xs text-muted-foreground">
            <AlertCircle className="size-3.5" aria-hidden /> Read-only
          </div>
        ) : null}
        <MonacoEditor
          path={`interview-${interviewId}/solution.${EXT[language]}`}
          language={LANGUAGE_OPTIONS.find((l) => l.value === language)?.monaco ?? language}
          defaultValue={code}
          theme={theme}
          fontSize={fontSize}
          fontFamily={`${jetbrainsMono.style.fontFamily}, ui-monospace, monospace`}
          readOnly={readOnly}
          ariaLabel={`Code editor, ${languageLabel(language)}. Press Control+Enter to run.`}
          onChange={onChange}
          onRun={onRun}
          markers={markers}
          onReady={(h) => {
            editorRef.current = h;
          }}
        />
      </div>

      <AlertDialog open={confirmReset} onOpenChange={setConfirmReset}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Reset your code?</AlertDialogTitle>
            <AlertDialogDescription>
              This replaces the {languageLabel(language)} editor contents with the starter code. You can undo with Ctrl+Z.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel autoFocus />
            <AlertDialogAction variant="destructive" onClick={resetToStarter}>
              Reset code
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}

