"use client";

import * as React from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { AnyInterviewDetail, CodeExecutionResultDTO, InterviewDetail } from "@/lib/api/schemas";
import { api, ApiError, isUnauthorized, redirectToSignIn } from "@/app/_lib/api";
import { useInterviewStore } from "@/stores/interviewStore";
import { useCodeStore, type Language, type RunResult } from "@/stores/codeStore";
import { useChatStore } from "@/stores/chatStore";
import type { RoomApi } from "./useWebSocket";

// ---- local copy of the code (survives reloads and network trouble) ----

type LocalCode = Partial<Record<Language, { code: string; synced: boolean; at: number }>>;
const codeKey = (id: string) => `ic:code:${id}`;

export function readLocalCode(id: string): LocalCode {
  try {
    const raw = localStorage.getItem(codeKey(id));
    return raw ? (JSON.parse(raw) as LocalCode) : {};
  } catch {
    return {};
  }
}

function writeLocalCode(id: string, language: Language, code: string, synced: boolean) {
  try {
    const all = readLocalCode(id);
    all[language] = { code, synced, at: Date.now() };
    localStorage.setItem(codeKey(id), JSON.stringify(all));
  } catch {
    /* storage full or disabled: the server copy still works */
  }
}

export function dtoToRunResult(dto: CodeExecutionResultDTO): RunResult {
  return {
    execution_id: dto.execution_id,
    kind: dto.kind,
    status: dto.status,
    output: dto.output,
    error: dto.error,
    tests_passed: dto.tests_passed,
    tests_total: dto.tests_total,
    execution_time_ms: dto.execution_time_ms,
    memory_mb: dto.memory_mb,
    score: dto.score,
    results: dto.results,
    at: Date.parse(dto.submitted_at) || Date.now(),
  };
}

const isFinished = (status: string) => status !== "queued" && status !== "running";

/** Puts a freshly loaded interview into the stores: the code prefers unsaved local edits. */
function hydrateStores(detail: AnyInterviewDetail) {
  // The interview store reads only the fields both kinds share (status, stage, clock, hints, notes).
  useInterviewStore.getState().init(detail as InterviewDetail);
  useChatStore.getState().reset();
  if (detail.kind !== "coding") return;
  const local = readLocalCode(detail.id);
  const codeByLanguage: Partial<Record<Language, string>> = {};
  const dirty: Partial<Record<Language, boolean>> = {};
  const languages = new Set<Language>([
    ...(Object.keys(detail.problem.starter_code) as Language[]),
    ...(Object.keys(detail.code_by_language) as Language[]),
    detail.language,
  ]);
  for (const lang of languages) {
    const server = detail.code_by_language[lang];
    const mine = local[lang];
    if (mine && !mine.synced && mine.code !== server && detail.status !== "completed") {
      codeByLanguage[lang] = mine.code;
      dirty[lang] = true;
    } else {
      codeByLanguage[lang] = server ?? detail.problem.starter_code[lang] ?? "";
    }
  }
  const run = detail.latest_run && isFinished(detail.latest_run.status) ? dtoToRunResult(detail.latest_run) : null;
  const sub =
    detail.latest_submission && isFinished(detail.latest_submission.status)
      ? dtoToRunResult(detail.latest_submission)
      : null;
  useCodeStore.getState().init({ language: detail.language, codeByLanguage, dirty, latestRun: run, latestSubmission: sub });
}

export const interviewQueryKey = (id: string) => ["interview", id] as const;

/** Loads the interview once, hydrates the stores, and exposes load state. */
export function useInterviewState(id: string) {
  const query = useQuery({
    queryKey: interviewQueryKey(id),
    queryFn: () => api.anyInterview(id),
    staleTime: Infinity,
    gcTime: 0,
  });
  const hydratedFor = React.useRef<string | null>(null);
  const [hydrated, setHydrated] = React.useState(false);

  React.useEffect(() => {
    if (query.data && hydratedFor.current !== query.data.id) {
      hydrateStores(query.data);
      hydratedFor.current = query.data.id;
      setHydrated(true);
    }
  }, [query.data]);

  React.useEffect(() => {
    if (isUnauthorized(query.error)) redirectToSignIn();
  }, [query.error]);

  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return { ...query, hydrated: hydrated && !!query.data, notFound };
}

/** Re-reads the interview after a reconnect and refreshes what may have changed meanwhile. */
export function useResync(id: string) {
  const qc = useQueryClient();
  return React.useCallback(async () => {
    try {
      const detail = await api.anyInterview(id);
      qc.setQueryData(interviewQueryKey(id), detail);
      useInterviewStore.getState().applyDetail(detail as InterviewDetail);
      if (detail.kind !== "coding") return detail;
      const code = useCodeStore.getState();
      const run = detail.latest_run && isFinished(detail.latest_run.status) ? dtoToRunResult(detail.latest_run) : null;
      if (run && run.execution_id !== code.latestRun?.execution_id && code.phase === "idle") code.finishRun(run);
      return detail;
    } catch {
      return null;
    }
  }, [id, qc]);
}

// ---- autosave ----

const DEBOUNCE_MS = 2_000;
const INTERVAL_MS = 10_000;

/**
 * Saves the code: to localStorage on every change, to the server 2 s after typing stops
 * and every 10 s while there are unsaved changes, and with keepalive when the tab hides.
 * Also mirrors the buffer to the room (code_update) for live observers.
 */
export function useCodeAutosave(id: string, room: RoomApi, enabled: boolean) {
  const inFlight = React.useRef<Promise<void> | null>(null);

  const saveNow = React.useCallback(
    async (opts: { keepalive?: boolean } = {}) => {
      if (!enabled) return;
      if (inFlight.current) await inFlight.current;
      const s = useCodeStore.getState();
      const pending = (Object.keys(s.dirty) as Language[]).filter((l) => s.dirty[l]);
      if (pending.length === 0) return;
      const task = (async () => {
        s.markSaving();
        try {
          // The active language last, so the server's `language` ends up as the one in use.
          const ordered = [...pending.filter((l) => l !== s.language), ...pending.filter((l) => l === s.language)];
          for (const language of ordered) {
            const code = useCodeStore.getState().codeByLanguage[language] ?? "";
            await api.updateInterview(id, { code: { language, code } }, { keepalive: opts.keepalive });
            useCodeStore.getState().markSaved(language, code);
            writeLocalCode(id, language, code, useCodeStore.getState().codeByLanguage[language] === code);
          }
        } catch (err) {
          useCodeStore.getState().markSaveError();
          if (err instanceof ApiError && err.status === 409) {
            // Ended elsewhere: stop trying.
            useCodeStore.setState({ dirty: {}, saveState: "saved" });
          }
        }
      })();
      inFlight.current = task;
      await task;
      inFlight.current = null;
    },
    [id, enabled],
  );

  React.useEffect(() => {
    if (!enabled) return;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let mirror: ReturnType<typeof setTimeout> | undefined;
    const unsub = useCodeStore.subscribe((state, prev) => {
      const lang = state.language;
      const code = state.codeByLanguage[lang];
      if (code === undefined || code === prev.codeByLanguage[lang]) return;
      if (!state.dirty[lang]) return;
      writeLocalCode(id, lang, code, false);
      clearTimeout(debounce);
      debounce = setTimeout(() => void saveNow(), DEBOUNCE_MS);
      clearTimeout(mirror);
      mirror = setTimeout(() => room.send({ type: "code_update", code, language: lang }), 400);
    });
    const interval = setInterval(() => void saveNow(), INTERVAL_MS);
    const onHide = () => {
      if (document.visibilityState === "hidden") void saveNow({ keepalive: true });
    };
    const onUnload = () => void saveNow({ keepalive: true });
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onUnload);
    // Unsaved local edits restored on load: push them now.
    if (Object.values(useCodeStore.getState().dirty).some(Boolean)) void saveNow();
    return () => {
      unsub();
      clearTimeout(debounce);
      clearTimeout(mirror);
      clearInterval(interval);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onUnload);
    };
  }, [id, enabled, room, saveNow]);

  return saveNow;
}
