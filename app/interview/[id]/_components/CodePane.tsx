"use client";

import * as React from "react";
import type { InterviewDetail } from "@/lib/api/schemas";
import { CodeEditor } from "./CodeEditor";
import { EditorSheet } from "./EditorSheet";
import type { MonacoHandle } from "./monaco/MonacoEditor";
import { SplitPane } from "./SplitPane";
import { TestResults } from "./TestResults";

/**
 * The Code tab: editor toolbar and Monaco above, test results below, in a sheet on phones.
 * A module of its own so the interview room's first load holds none of it (the language
 * select, the results table and their dependencies arrive when the tab first opens).
 */
export interface CodePaneProps {
  interviewId: string;
  problem: InterviewDetail["problem"];
  open: boolean;
  readOnly: boolean;
  onClose: () => void;
  onRun: () => void;
  onSubmit: () => void;
  editorRef: React.RefObject<MonacoHandle | null>;
}

export default function CodePane({ interviewId, problem, open, readOnly, onClose, onRun, onSubmit, editorRef }: CodePaneProps) {
  return (
    <EditorSheet open={open} onClose={onClose}>
      <SplitPane
        storageKey="ic:split"
        initial={56}
        top={
          <CodeEditor
            interviewId={interviewId}
            starterCode={problem.starter_code}
            readOnly={readOnly}
            onRun={onRun}
            onSubmit={onSubmit}
            editorRef={editorRef}
          />
        }
        bottom={<TestResults testCount={problem.test_cases.length} />}
      />
    </EditorSheet>
  );
}
