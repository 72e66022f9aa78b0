"use client";

import { create } from "zustand";

/**
 * Chat UI state that useChat does not hold: whether someone else in the room is typing,
 * and the draft (kept across tab switches and re-renders).
 */
interface ChatState {
  /** Name of another person in the room who is typing, or null. */
  remoteTyping: string | null;
  draft: string;
  setRemoteTyping: (name: string | null) => void;
  setDraft: (draft: string) => void;
  reset: () => void;
}

export const useChatStore = create<ChatState>((set) => ({
  remoteTyping: null,
  draft: "",
  setRemoteTyping: (remoteTyping) => set({ remoteTyping }),
  setDraft: (draft) => set({ draft }),
  reset: () => set({ remoteTyping: null, draft: "" }),
}));
