import { z } from "zod";

export const MAX_CHAT_MESSAGE_CHARS = 4000;

const UIPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });
const UIMessageSchema = z.looseObject({
  id: z.string().max(200),
  role: z.enum(["user", "assistant", "system"]),
  parts: z.array(UIPartSchema).max(200),
});

/** The AI SDK's default useChat body. Only the newest user message is taken; history comes from the database. */
export const ChatRequestSchema = z.looseObject({
  id: z.string().optional(),
  messages: z.array(UIMessageSchema).min(1, "messages must hold at least the new message").max(2000),
  trigger: z.enum(["submit-message", "regenerate-message"]).optional(),
  messageId: z.string().optional(),
});

export function latestUserText(body: z.infer<typeof ChatRequestSchema>): { clientId: string; text: string } | null {
  const last = [...body.messages].reverse().find((m) => m.role === "user");
  if (!last) return null;
  const text = last.parts
    .filter((p) => p.type === "text" && typeof p.text === "string")
    .map((p) => p.text)
    .join("")
    .trim();
  return { clientId: last.id, text };
}
