"use client";

import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { MessagesSquare, PauseCircle, PenTool, ScrollText } from "lucide-react";
import { toast } from "sonner";
import type { InterviewDetail, MessageDTO, SystemDesignInterviewDetail } from "@/lib/api/schemas";
import { api, ApiError, isUnauthorized, redirectToSignIn } from "@/app/_lib/api";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TabMotion } from "@/components/motion";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useInterviewStore, type WorkspaceTab } from "@/stores/interviewStore";
import { useResync } from "../../_hooks/useInterviewState";
import { RoomContext, useWebSocket } from "../../_hooks/useWebSocket";
import { ChatPanel, type ChatPanelHandle } from "../ChatPanel";
import { FooterActions } from "../FooterActions";
import { InterviewHeader } from "../InterviewHeader";
import { DESIGN_STAGES, InterviewProtocol, SystemDesignBrief } from "../RightSidebar";
import { Whiteboard } from "./Whiteboard";
import type { WhiteboardSaver } from "./WhiteboardCanvas";

/** The interview room for a system-design interview: chat and whiteboard, the brief alongside. */
export function SystemDesignWorkspace({ detail }: { detail: SystemDesignInterviewDetail }) {
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
  const storedTab = useInterviewStore((s) => s.activeTab);
  // A coding-only tab left in session storage falls back to the chat.
  const activeTab: WorkspaceTab = storedTab === "code" ? "chat" : storedTab;
  const setActiveTab = useInterviewStore((s) => s.setActiveTab);
  const unread = useInterviewStore((s) => s.unreadChat);
  const [whiteboardMounted, setWhiteboardMounted] = React.useState(activeTab === "whiteboard");
  const saverRef = React.useRef<WhiteboardSaver | null>(null);

  React.useEffect(() => {
    if (activeTab === "whiteboard") setWhiteboardMounted(true);
  }, [activeTab]);

  const saveWhiteboard = React.useCallback(async () => {
    await saverRef.current?.();
  }, []);

  const onEnd = React.useCallback(async () => {
    try {
      await saveWhiteboard();
      const updated = await api.updateInterview(id, { status: "completed" });
      useInterviewStore.getState().applyDetail(updated as InterviewDetail);
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
  }, [id, router, saveWhiteboard]);

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
        <InterviewHeader interviewId={id} title={detail.problem.title} difficulty={detail.problem.difficulty} onBack={saveWhiteboard} />

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
            <Tabs value={activeTab} onValueChange={(v) => setActiveTab(v as WorkspaceTab)} className="flex min-h-0 flex-1 flex-col">
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
                  <TabsTrigger value="whiteboard">
                    <PenTool aria-hidden /> Whiteboard
                  </TabsTrigger>
                  <TabsTrigger value="problem" className="lg:hidden">
                    <ScrollText aria-hidden /> Brief
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
              <TabsContent value="whiteboard" forceMount className="min-h-0 flex-1 data-[state=inactive]:hidden">
                <TabMotion active={activeTab === "whiteboard"} slide={false} className="h-full">
                  {whiteboardMounted ? (
                    <Whiteboard interviewId={id} readOnly={readOnly || paused} active={activeTab === "whiteboard"} saverRef={saverRef} />
                  ) : null}
                </TabMotion>
              </TabsContent>
              <TabsContent value="problem" className="relative min-h-0 flex-1 space-y-6 overflow-y-auto p-4 lg:hidden">
                <SystemDesignBrief problem={detail.problem} />
                <InterviewProtocol hintsAvailable={detail.problem.hints_available} stages={DESIGN_STAGES} />
              </TabsContent>
            </Tabs>
          </Card>
          <div className="hidden min-h-0 lg:block">
            <aside aria-label="Brief and progress" className="flex h-full min-h-0 flex-col">
              <Card glass className="flex min-h-0 flex-1 flex-col overflow-hidden">
                {/* Focusable so keyboard users can scroll it (WCAG 2.1.1). */}
                <div className="relative min-h-0 flex-1 space-y-6 overflow-y-auto p-4" tabIndex={0}>
                  <SystemDesignBrief problem={detail.problem} />
                  <hr className="border-border" />
                  <InterviewProtocol hintsAvailable={detail.problem.hints_available} stages={DESIGN_STAGES} />
                </div>
              </Card>
            </aside>
          </div>
        </main>

        <FooterActions
          interviewId={id}
          readOnly={readOnly}
          onSave={saveWhiteboard}
          onEnd={onEnd}
          onAskHint={askHint}
          onViewReport={() => router.push(`/interview/${id}/report`)}
        />
      </div>
    </RoomContext.Provider>
  );
}
