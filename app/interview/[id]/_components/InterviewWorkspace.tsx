"use client";

import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ArrowLeft, Code2, FileQuestion, MessagesSquare, PauseCircle, RotateCcw, ScrollText, ServerCrash } from "lucide-react";
import { toast } from "sonner";
import type { InterviewDetail, MessageDTO } from "@/lib/api/schemas";
import { api, ApiError, isUnauthorized, redirectToSignIn } from "@/app/_lib/api";
import { EmptyState } from "@/components/empty-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LottieAnimation } from "@/app/interview/components/LottieAnimation";
import { Skeleton } from "@/components/ui/skeleton";
import { TabMotion } from "@/components/motion";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useCodeStore } from "@/stores/codeStore";
import { useInterviewStore, type WorkspaceTab } from "@/stores/interviewStore";
import { useCodeExecution } from "../_hooks/useCodeExecution";
import { useCodeAutosave, useInterviewState, useResync } from "../_hooks/useInterviewState";
import { RoomContext, useWebSocket } from "../_hooks/useWebSocket";
import { ChatPanel, type ChatPanelHandle } from "./ChatPanel";
import dynamic from "next/dynamic";
import { FooterActions } from "./FooterActions";
import { InterviewHeader } from "./InterviewHeader";
import type { MonacoHandle } from "./monaco/MonacoEditor";
import { InterviewProtocol, LiveMetrics, ProblemStatement, RightSidebar } from "./RightSidebar";

// Kept out of the room's first load: the Code tab arrives when it first opens (and is warmed
// while the candidate reads), the whiteboard workspace only for system-design interviews.
const loadCodePane = () => import("./CodePane");
const loadMonacoEditor = () => import("./monaco/MonacoEditor");
const CodePane = dynamic(loadCodePane, { ssr: false, loading: () => <CodePaneSkeleton /> });
const SystemDesignWorkspace = dynamic(() => import("./whiteboard/SystemDesignWorkspace").then((m) => m.SystemDesignWorkspace), {
  ssr: false,
  loading: () => <WorkspaceSkeleton />,
});

/** The Code tab while its module arrives: toolbar, editor and results placeholders. */
function CodePaneSkeleton() {
  return (
    <div className="flex h-full flex-col gap-3 p-3" aria-busy="true" aria-label="Loading the code editor">
      <div className="flex gap-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="ml-auto h-8 w-40" />
      </div>
      <Skeleton className="min-h-0 flex-[3]" />
      <Skeleton className="min-h-0 flex-[2]" />
    </div>
  );
}

function WorkspaceSkeleton() {
  return (
    <div className="app-backdrop flex h-dvh flex-col" aria-busy="true" aria-label="Loading the interview">
      <div className="glass flex h-[50px] items-center gap-3 border-x-0 border-t-0 px-4">
        <Skeleton className="size-8" />
        <Skeleton className="h-5 w-40" />
        <Skeleton className="ml-auto h-8 w-24" />
      </div>
      <div className="grid min-h-0 flex-1 gap-3 p-3 lg:grid-cols-[minmax(0,2fr)_minmax(320px,1fr)]">
        <Card glass className="relative space-y-4 p-4">
          <LottieAnimation name="loading" size={40} className="absolute right-4 top-4" />
          <Skeleton className="h-8 w-48" />
          <div className="flex gap-2">
            <Skeleton className="size-7 rounded-full" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-3/4" />
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-4 w-1/2" />
            </div>
          </div>
        </Card>
        <Card glass className="hidden space-y-3 p-4 lg:block">
          <Skeleton className="h-6 w-2/3" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="h-24 w-full" />
        </Card>
      </div>
    </div>
  );
}

export function InterviewWorkspace({ id }: { id: string }) {
  const state = useInterviewState(id);
  const router = useRouter();
  // The API tells only the candidate whether the report is shared: anyone else reading it is a
  // recruiter of the link's team, whose read-only view of a running interview is the live page.
  const recruiterReading = state.data !== undefined && !("shared" in state.data);
  React.useEffect(() => {
    if (recruiterReading) router.replace(`/recruit/interviews/${id}/live`);
  }, [recruiterReading, id, router]);
  if (recruiterReading) return <WorkspaceSkeleton />;
  if (state.notFound) {
    return (
      <div className="app-backdrop grid min-h-dvh place-items-center p-4">
        <Card glass className="w-full max-w-md">
          <EmptyState
            icon={<FileQuestion />}
            title="Interview not found"
            action={
              <Button asChild>
                <Link href="/problems">
                  <ArrowLeft aria-hidden /> Back to problems
                </Link>
              </Button>
            }
          >
            It may have been deleted, or it belongs to another account.
          </EmptyState>
        </Card>
      </div>
    );
  }
  if (state.isError && !isUnauthorized(state.error)) {
    return (
      <div className="app-backdrop grid min-h-dvh place-items-center p-4">
        <Card glass className="w-full max-w-md">
          <EmptyState
            tone="error"
            icon={<ServerCrash />}
            title="Couldn't load the interview"
            action={
              <Button variant="outline" onClick={() => state.refetch()}>
                <RotateCcw aria-hidden /> Try again
              </Button>
            }
          >
            {state.error instanceof Error ? state.error.message : null}
          </EmptyState>
        </Card>
      </div>
    );
  }
  if (!state.data || !state.hydrated) return <WorkspaceSkeleton />;
  if (state.data.kind === "system_design") return <SystemDesignWorkspace detail={state.data} />;
  return <Workspace detail={state.data} />;
}

function Workspace({ detail }: { detail: InterviewDetail }) {
  const id = detail.id;
  const router = useRouter();
  const resync = useResync(id);
  const chatRef = React.useRef<ChatPanelHandle>(null);
  // After a dropped connection the room brings the missed messages; the resync refreshes code, results and status.
  const onReconnect = React.useCallback(() => void resync(), [resync]);
  const onMissedMessages = React.useCallback((messages: MessageDTO[]) => chatRef.current?.sync(messages), []);
  const room = useWebSocket(id, { enabled: true, onReconnect, onMissedMessages });
  const status = useInterviewStore((s) => s.status);
  const readOnly = status === "completed" || status === "abandoned";
  const paused = status === "paused";
  const saveNow = useCodeAutosave(id, room, !readOnly);
  const activeTab = useInterviewStore((s) => s.activeTab);
  const setActiveTab = useInterviewStore((s) => s.setActiveTab);
  const unread = useInterviewStore((s) => s.unreadChat);
  const editorRef = React.useRef<MonacoHandle | null>(null);
  const [codeMounted, setCodeMounted] = React.useState(activeTab === "code");

  const refreshMetrics = React.useCallback(() => {
    void api
      .metrics(id)
      .then((m) => useInterviewStore.getState().setMetrics(m))
      .catch(() => undefined);
  }, [id]);
  const { run, submit } = useCodeExecution(id, room);

  // Metrics now and every 30 s; Monaco's chunk warmed up while the user reads.
  React.useEffect(() => {
    refreshMetrics();
    const t = setInterval(refreshMetrics, 30_000);
    const idle = window.setTimeout(() => {
      void loadCodePane();
      void loadMonacoEditor();
    }, 1200);
    return () => {
      clearInterval(t);
      clearTimeout(idle);
    };
  }, [refreshMetrics]);

  React.useEffect(() => {
    if (activeTab === "code") setCodeMounted(true);
  }, [activeTab]);

  const currentCode = React.useCallback(() => {
    const s = useCodeStore.getState();
    return editorRef.current?.getValue() ?? s.codeByLanguage[s.language] ?? "";
  }, []);

  const onRun = React.useCallback(() => {
    if (readOnly) return;
    if (useInterviewStore.getState().status === "paused") {
      toast.info("The interview is paused", { description: "Resume it to run code." });
      return;
    }
    void run(currentCode(), useCodeStore.getState().language);
  }, [readOnly, run, currentCode]);

  // Ctrl/Cmd+Enter runs from anywhere on the Code tab (Monaco handles it inside the editor).
  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key !== "Enter" || e.defaultPrevented) return;
      if (useInterviewStore.getState().activeTab !== "code") return;
      e.preventDefault();
      onRun();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onRun]);

  const onSubmit = React.useCallback(async () => {
    setActiveTab("code");
    await saveNow();
    await submit(currentCode(), useCodeStore.getState().language);
  }, [setActiveTab, saveNow, submit, currentCode]);

  const onEnd = React.useCallback(async () => {
    const s = useCodeStore.getState();
    try {
      const updated = await api.updateInterview(id, {
        status: "completed",
        code: { language: s.language, code: currentCode() },
      });
      useCodeStore.setState({ dirty: {}, saveState: "saved" });
      useInterviewStore.getState().applyDetail(updated);
      toast.success("Interview complete", {
        description: updated.report ? `Your score: ${Math.round(updated.report.score)}` : undefined,
      });
      router.push(`/interview/${id}/report`);
      return true;
    } catch (err) {
      if (isUnauthorized(err)) {
        redirectToSignIn();
        return false;
      }
      if (err instanceof ApiError && err.status === 409) {
        router.push(`/interview/${id}/report`);
        return true;
      }
      toast.error("Couldn't end the interview", { description: err instanceof Error ? err.message : undefined });
      return false;
    }
  }, [id, currentCode, router]);

  const askHint = React.useCallback(() => {
    setActiveTab("chat");
    chatRef.current?.send("Could I get a hint?");
  }, [setActiveTab]);

  const resume = async () => {
    try {
      const d = await api.updateInterview(id, { status: "resumed" });
      useInterviewStore.getState().setStatus(d.status, d.elapsed_seconds);
    } catch (err) {
      toast.error("Couldn't resume", { description: err instanceof Error ? err.message : undefined });
    }
  };

  return (
    <RoomContext.Provider value={room}>
      <div className="app-backdrop relative flex h-dvh flex-col overflow-hidden">
        <InterviewHeader
          interviewId={id}
          title={detail.problem.title}
          difficulty={detail.problem.difficulty}
          onBack={() => saveNow()}
        />

        {readOnly ? (
          <div role="status" className="flex items-center justify-center gap-3 bg-success-soft px-4 py-1.5 text-caption">
            This interview has ended.
            <Link href={`/interview/${id}/report`} className="font-medium text-primary-text underline underline-offset-2">
              View the report
            </Link>
          </div>
        ) : paused ? (
          <div role="status" className="flex items-center justify-center gap-3 bg-warning-soft px-4 py-1.5 text-caption">
            <PauseCircle className="size-4 text-warning" aria-hidden /> The interview is paused — the timer is stopped.
            <Button size="sm" variant="outline" onClick={resume}>
              Resume
            </Button>
          </div>
        ) : null}

        <main id="main" className="grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] gap-3 p-2 sm:p-3 lg:grid-cols-[minmax(0,2fr)_minmax(320px,1fr)]">
          <Card glass className="flex min-h-0 flex-col overflow-hidden">
            <Tabs
              value={activeTab}
              onValueChange={(v) => setActiveTab(v as WorkspaceTab)}
              className="flex min-h-0 flex-1 flex-col"
            >
              <div className="flex items-center gap-2 border-b border-border px-3 py-2">
                <TabsList aria-label="Workspace">
                  <TabsTrigger value="chat">
                    <MessagesSquare aria-hidden /> Chat
                    {unread > 0 ? (
                      <span
                        className="ml-0.5 inline-flex min-w-4 items-center justify-center rounded-full bg-primary px-1 text-[0.625rem] font-semibold text-white"
                        aria-label={`${unread} new`}
                      >
                        {unread}
                      </span>
                    ) : null}
                  </TabsTrigger>
                  <TabsTrigger value="code">
                    <Code2 aria-hidden /> Code
                  </TabsTrigger>
                  <TabsTrigger value="problem" className="lg:hidden">
                    <ScrollText aria-hidden /> Problem
                  </TabsTrigger>
                </TabsList>
              </div>
              <TabsContent value="chat" forceMount className="min-h-0 flex-1 data-[state=inactive]:hidden">
                <TabMotion active={activeTab === "chat"} className="h-full">
                  <ChatPanel
                    ref={chatRef}
                    interviewId={id}
                    initialMessages={detail.messages}
                    readOnly={readOnly}
                    readOnlyReason={readOnly ? "This interview has ended — the transcript is on the report." : undefined}
                  />
                </TabMotion>
              </TabsContent>
              <TabsContent value="code" forceMount className="min-h-0 flex-1 data-[state=inactive]:hidden">
                <TabMotion active={activeTab === "code"} slide={false} className="h-full">
                  {codeMounted ? (
                    <CodePane
                      interviewId={id}
                      problem={detail.problem}
                      open={activeTab === "code"}
                      onClose={() => setActiveTab("chat")}
                      readOnly={readOnly || paused}
                      onRun={onRun}
                      onSubmit={() => void onSubmit()}
                      editorRef={editorRef}
                    />
                  ) : null}
                </TabMotion>
              </TabsContent>
              <TabsContent value="problem" className="relative min-h-0 flex-1 space-y-6 overflow-y-auto p-4 lg:hidden">
                <ProblemStatement problem={detail.problem} />
                <InterviewProtocol hintsAvailable={detail.problem.hints_available} />
                <LiveMetrics />
              </TabsContent>
            </Tabs>
          </Card>
          <div className="hidden min-h-0 lg:block">
            <RightSidebar problem={detail.problem} />
          </div>
        </main>

        <FooterActions
          interviewId={id}
          readOnly={readOnly}
          onSave={() => saveNow()}
          onSubmit={onSubmit}
          onEnd={onEnd}
          onAskHint={askHint}
          onViewReport={() => router.push(`/interview/${id}/report`)}
        />
      </div>
    </RoomContext.Provider>
  );
}
