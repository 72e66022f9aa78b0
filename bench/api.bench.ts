import { bench, describe } from "vitest";
import { api, guest, textFromUiStream } from "../tests/helpers/api";
import { useFreshDb } from "../tests/helpers/db";

// Server-side cost of the hot API paths on the embedded database (no network in between).
// Set up at load time: benchmark files do not run lifecycle hooks the way test files do.
await useFreshDb("pglite");
const { token } = await guest();
const created = await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
const interviewId: string = created.body.interview_id;

describe("API on PGlite", () => {
  bench("POST /interviews", async () => {
    await api("POST", "/interviews", { token, body: { problem_id: 1, difficulty: "easy", language: "python" } });
  }, { iterations: 30, time: 0 });
  bench("GET /interviews/{id}", async () => {
    await api("GET", `/interviews/${interviewId}`, { token });
  }, { iterations: 50, time: 0 });
  bench("POST /interviews/{id}/chat (full streamed answer)", async () => {
    const res = await api("POST", `/interviews/${interviewId}/chat`, {
      token,
      body: { messages: [{ id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text: "What about duplicates?" }] }] },
    });
    if (!textFromUiStream(res.text)) throw new Error("empty answer");
  }, { iterations: 10, time: 0 });
});
