import { streamText } from "ai";
import { BuiltinInterviewerModel } from "@/lib/interviewer/builtin-model";
import { buildInterviewerPrompt, type InterviewContextInput } from "@/lib/interviewer/context";
import { greetingText } from "@/lib/interviewer/replies";
import { baseContext, pairSum } from "./fixtures";

export const model = new BuiltinInterviewerModel({ chunkDelayMs: 0 });

type Message = { role: "user" | "ai"; content: string };

/** The interviewer's reply through the same path as the chat route: prompt → streamText. */
export async function interviewerReply(ctx: InterviewContextInput): Promise<string> {
  const prompt = buildInterviewerPrompt(ctx);
  const result = streamText({ model, system: prompt.system, messages: prompt.messages });
  return result.text;
}

/** Plays candidate messages one by one, feeding each reply back into the conversation. */
export async function converse(
  candidateMessages: string[],
  overrides: Partial<InterviewContextInput> = {},
): Promise<{ replies: string[]; conversation: Message[] }> {
  const conversation: Message[] = [{ role: "ai", content: greetingText(pairSum, "Ada Lovelace") }];
  const replies: string[] = [];
  for (const text of candidateMessages) {
    conversation.push({ role: "user", content: text });
    const reply = await interviewerReply(baseContext({ ...overrides, conversation: [...conversation] }));
    replies.push(reply);
    conversation.push({ role: "ai", content: reply });
  }
  return { replies, conversation };
}
