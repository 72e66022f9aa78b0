"use client";

import * as React from "react";
import * as monaco from "monaco-editor";
import { jetbrainsMono } from "@/app/fonts";
import MonacoEditor from "@/app/interview/[id]/_components/monaco/MonacoEditor";
import { LANGUAGE_OPTIONS } from "@/app/_lib/api";
import { useUiStore } from "@/stores/uiStore";

const EXT: Record<string, string> = { python: "py", javascript: "js", java: "java", cpp: "cpp", go: "go" };
const noop = () => undefined;

/**
 * The candidate's code, read-only, as the room relays it. A read-only editor refuses edits, so
 * new code goes straight into the model; Monaco itself is loaded lazily by the page (next/dynamic).
 */
export default function LiveCode({ interviewId, code, language }: { interviewId: string; code: string; language: string }) {
  const theme = useUiStore((s) => s.theme);
  const path = `observe-${interviewId}/solution.${EXT[language] ?? "txt"}`;
  const [ready, setReady] = React.useState(false);
  React.useEffect(() => {
    if (!ready) return;
    const model = monaco.editor.getModel(monaco.Uri.parse(path));
    if (model && model.getValue() !== code) model.setValue(code);
  }, [code, path, ready]);
  return (
    <MonacoEditor
      path={path}
      language={LANGUAGE_OPTIONS.find((l) => l.value === language)?.monaco ?? "plaintext"}
      defaultValue={code}
      theme={theme}
      fontSize={14}
      fontFamily={`${jetbrainsMono.style.fontFamily}, ui-monospace, monospace`}
      readOnly
      ariaLabel="The candidate's code (read-only)"
      onChange={noop}
      onRun={noop}
      onReady={() => setReady(true)}
    />
  );
}
