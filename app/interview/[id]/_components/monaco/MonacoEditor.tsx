"use client";

/**
 * The only module that touches `monaco-editor`. It is imported lazily and client-only
 * (next/dynamic with ssr: false, see ../CodeEditor.tsx), so Monaco's JS, CSS and workers
 * load from our own bundle when the Code tab first needs them — never from a CDN.
 */
import * as React from "react";
import * as monaco from "monaco-editor";
import Editor, { loader, type OnMount } from "@monaco-editor/react";

type MonacoEnvironmentGlobal = typeof globalThis & {
  MonacoEnvironment?: { getWorker: (workerId: string, label: string) => Worker };
};

(globalThis as MonacoEnvironmentGlobal).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "typescript" || label === "javascript") {
      return new Worker(new URL("./ts.worker.ts", import.meta.url), { type: "module", name: "monaco-ts" });
    }
    return new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module", name: "monaco-editor" });
  },
};

loader.config({ monaco });

let themesDefined = false;
function defineThemes() {
  if (themesDefined) return;
  themesDefined = true;
  monaco.editor.defineTheme("ic-light", {
    base: "vs",
    inherit: true,
    rules: [
      { token: "comment", foreground: "6B7280", fontStyle: "italic" },
      { token: "keyword", foreground: "7C3AED" },
      { token: "string", foreground: "047857" },
      { token: "number", foreground: "B45309" },
      { token: "type", foreground: "0066FF" },
    ],
    colors: {
      "editor.background": "#FFFFFF",
      "editor.lineHighlightBackground": "#F3F6FC",
      "editorLineNumber.foreground": "#9CA3AF",
      "editorLineNumber.activeForeground": "#374151",
      "editorCursor.foreground": "#0066FF",
      "editor.selectionBackground": "#CCE0FF",
      "editorIndentGuide.background1": "#EEF0F3",
      "editorGutter.background": "#FFFFFF",
    },
  });
  monaco.editor.defineTheme("ic-dark", {
    base: "vs-dark",
    inherit: true,
    rules: [
      { token: "comment", foreground: "7C8598", fontStyle: "italic" },
      { token: "keyword", foreground: "B79CFF" },
      { token: "string", foreground: "6EE7B7" },
      { token: "number", foreground: "FCD34D" },
      { token: "type", foreground: "7AB2FF" },
    ],
    colors: {
      "editor.background": "#0F1623",
      "editor.lineHighlightBackground": "#151E2D",
      "editorLineNumber.foreground": "#4B5563",
      "editorLineNumber.activeForeground": "#D1D5DB",
      "editorCursor.foreground": "#4D94FF",
      "editor.selectionBackground": "#1E3A66",
      "editorIndentGuide.background1": "#1A2230",
      "editorGutter.background": "#0F1623",
    },
  });
}

export interface MonacoHandle {
  getValue: () => string;
  /** Replaces the whole buffer as one undoable edit. */
  setValue: (code: string) => void;
  focus: () => void;
  /** The editor's own undo and redo (the toolbar's buttons; Ctrl+Z and Ctrl+Shift+Z work in the editor). */
  undo: () => void;
  redo: () => void;
}

export interface MonacoEditorProps {
  /** One model per path: switching language keeps each buffer (and its undo history). */
  path: string;
  language: string;
  defaultValue: string;
  theme: "light" | "dark";
  fontSize: number;
  fontFamily: string;
  readOnly?: boolean;
  ariaLabel: string;
  onChange: (value: string) => void;
  onRun: () => void;
  onReady?: (handle: MonacoHandle) => void;
  /** Errors to underline (from the last run), cleared as soon as the code changes. */
  markers?: { line: number; message: string }[];
}

const MARKER_OWNER = "interview-coach-run";

export default function MonacoEditor({
  path,
  language,
  defaultValue,
  theme,
  fontSize,
  fontFamily,
  readOnly,
  ariaLabel,
  onChange,
  onRun,
  onReady,
  markers,
}: MonacoEditorProps) {
  const editorRef = React.useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onRunRef = React.useRef(onRun);
  React.useEffect(() => {
    onRunRef.current = onRun;
  }, [onRun]);

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.addAction({
      id: "interview-coach.run",
      label: "Run code against the visible tests",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => onRunRef.current(),
    });
    // Web fonts may finish loading after Monaco measured glyphs; measure again.
    if (typeof document !== "undefined" && document.fonts) {
      void document.fonts.ready.then(() => monaco.editor.remeasureFonts());
    }
    // The last contents seen, so a handle outliving its editor (the phone sheet unmounts Monaco
    // when it closes) still answers with the candidate's code rather than "".
    let lastValue = editor.getValue();
    const handle: MonacoHandle = {
      getValue: () => (editor.getModel() ? (lastValue = editor.getValue()) : lastValue),
      setValue: (code) => {
        const model = editor.getModel();
        if (!model || model.getValue() === code) return;
        editor.pushUndoStop();
        editor.executeEdits("interview-coach", [{ range: model.getFullModelRange(), text: code }]);
        editor.pushUndoStop();
      },
      focus: () => editor.focus(),
      undo: () => {
        editor.focus();
        editor.trigger("toolbar", "undo", null);
      },
      redo: () => {
        editor.focus();
        editor.trigger("toolbar", "redo", null);
      },
    };
    editor.onDidChangeModelContent(() => {
      const model = editor.getModel();
      if (model) lastValue = model.getValue();
      if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    });
    setReady(true);
    // For end-to-end tests and debugging: the editor's model is reachable from the page.
    (window as typeof window & { __interviewCoachEditor?: MonacoHandle }).__interviewCoachEditor = handle;
    onReady?.(handle);
  };

  const [ready, setReady] = React.useState(false);
  React.useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!ready || !model) return;
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      (markers ?? [])
        .filter((m) => m.line >= 1 && m.line <= model.getLineCount())
        .map((m) => ({
          severity: monaco.MarkerSeverity.Error,
          message: m.message,
          startLineNumber: m.line,
          startColumn: model.getLineFirstNonWhitespaceColumn(m.line) || 1,
          endLineNumber: m.line,
          endColumn: model.getLineMaxColumn(m.line),
        })),
    );
  }, [markers, ready, path]);

  React.useEffect(
    () => () => {
      const w = window as typeof window & { __interviewCoachEditor?: MonacoHandle };
      delete w.__interviewCoachEditor;
    },
    [],
  );

  return (
    <Editor
      path={path}
      language={language}
      defaultValue={defaultValue}
      theme={theme === "dark" ? "ic-dark" : "ic-light"}
      beforeMount={defineThemes}
      onMount={handleMount}
      onChange={(v) => onChange(v ?? "")}
      loading={null}
      options={{
        ariaLabel,
        readOnly,
        fontFamily,
        fontSize,
        fontLigatures: false,
        lineHeight: Math.round(fontSize * 1.6),
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        smoothScrolling: true,
        cursorBlinking: "smooth",
        cursorSmoothCaretAnimation: "on",
        renderLineHighlight: "all",
        padding: { top: 12, bottom: 12 },
        tabSize: language === "go" ? 4 : 4,
        insertSpaces: language !== "go",
        automaticLayout: true,
        bracketPairColorization: { enabled: true },
        guides: { indentation: true, bracketPairs: false },
        folding: true,
        lineNumbers: "on",
        wordWrap: "off",
        fixedOverflowWidgets: true,
        accessibilitySupport: "auto",
        tabFocusMode: false,
        scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
      }}
    />
  );
}
