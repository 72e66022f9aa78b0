import { describe, expect, it } from "vitest";
import { reactToRun } from "@/lib/interviewer";
import type { InterviewContextInput } from "@/lib/interviewer/context";
import { baseContext, pairSum } from "./fixtures";
import { converse } from "./helpers";

type Run = NonNullable<InterviewContextInput["lastRun"]>;

const FOLLOW_UPS = [
  "Could you do it in O(1) extra space if the array were sorted?",
  "What happens when two different pairs add up to the target?",
  "Now find three numbers that add up to the target. How would you go about it?",
];
const solved: Run = { kind: "submit", status: "success", passed: 5, total: 5, error: null, failing: [] };
const problem = { ...pairSum, followUps: FOLLOW_UPS };

describe("follow-ups once the solution passes", () => {
  it("the reaction to a passing submission asks the first follow-up", async () => {
    const text = await reactToRun(baseContext({ stage: "submit", lastRun: solved, problem }));
    expect(text).toContain("Everything passes, including the hidden tests");
    expect(text).toContain(FOLLOW_UPS[0]);
  });

  it("each answer brings the next follow-up, once each, then an invitation to end", async () => {
    const { replies } = await converse(
      [
        "Done — I submitted it.",
        "With a sorted array I'd use two pointers from both ends, so O(1) space.",
        "The problem promises exactly one pair, but I would return the first one found.",
        "I'd sort and fix one number, then run two pointers on the rest: O(n^2).",
      ],
      { stage: "submit", lastRun: solved, problem },
    );
    expect(replies[0]).toContain(FOLLOW_UPS[0]);
    expect(replies[1]).toContain(FOLLOW_UPS[1]);
    expect(replies[2]).toContain(FOLLOW_UPS[2]);
    expect(replies[3]).toMatch(/end the interview/i);
    for (const q of FOLLOW_UPS) expect(replies.filter((r) => r.includes(q))).toHaveLength(1);
  });

  it("before the solution passes there are no follow-ups", async () => {
    const failing: Run = { ...solved, passed: 3 };
    const { replies } = await converse(["I think I'm done."], { stage: "submit", lastRun: failing, problem });
    for (const q of FOLLOW_UPS) expect(replies[0]).not.toContain(q);
  });
});
