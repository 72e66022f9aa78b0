// Pure judging helpers (safe anywhere). evaluateCode lives in ./evaluate: it starts sandboxes.
export { compareValues, DEFAULT_FLOAT_TOLERANCE } from "./compare";
export { formatInput, formatValue, judgeOutcome, VERDICTS, type JudgedTest, type JudgeContext, type Verdict } from "./verdict";
