import { bench, describe } from "vitest";
import { evaluateCode } from "@/lib/judge/evaluate";
import { getProblem } from "@/lib/problems";
import { referenceSolution } from "../tests/helpers/solutions";

// End-to-end sandbox latency for one run: the brief wants a result in under 6 s including the queue.
const twoSum = getProblem(1)!;
const code = referenceSolution("two-sum");

describe("sandbox (bubblewrap, Python)", () => {
  bench("run: visible tests", async () => {
    await evaluateCode({ problem: twoSum, language: "python", code, kind: "run" });
  }, { iterations: 10, time: 0 });
  bench("submit: visible + hidden tests", async () => {
    await evaluateCode({ problem: twoSum, language: "python", code, kind: "submit" });
  }, { iterations: 10, time: 0 });
});
