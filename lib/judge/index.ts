// Pure judging helpers (safe anywhere). evaluateCode lives in ./evaluate: it starts sandboxes;
// the checker loader lives in ./checker: it imports problem files.
export { compareValues, DEFAULT_FLOAT_TOLERANCE } from "./compare";
export { customInputMessage, parseCustomInput, type ParsedCustomInput } from "./custom-input";
export { LANGUAGE_LIMITS, limitsFor } from "./limits";
export { formatInput, formatOutput, formatValue, judgeOutcome, VERDICTS, type JudgedTest, type JudgeContext, type Verdict } from "./verdict";
