import type { UIMessage } from "ai";
import type { MessageDTO } from "@/lib/api/schemas";

/**
 * Chat message shapes and conversions without the AI SDK's runtime, so the chat panel can
 * render the stored conversation before the (lazily loaded) useChat engine has arrived.
 */
type ChatMeta = { createdAt?: string };
export type ChatUIMessage = UIMessage<ChatMeta>;

/** Stored messages as useChat messages, under their stored ids (a resumed answer then replaces, never duplicates). */
export function toUIMessages(messages: MessageDTO[]): ChatUIMessage[] {
  return messages
    .filter((m) => m.role !== "system")
    .map((m) => ({
      id: m.id,
      role: m.role === "ai" ? ("assistant" as const) : ("user" as const),
      parts: [{ type: "text" as const, text: m.content }],
      metadata: { createdAt: m.timestamp },
    }));
}

export const textOf = (m: ChatUIMessage) =>
  m.parts
    .filter((p): p is { type: "text"; text: string } => p.type === "text")
    .map((p) => p.text)
    .join("");
