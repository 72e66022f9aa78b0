// Top K Frequent Elements: any k distinct values whose counts are the k largest counts are a
// correct answer, in any order. Runs in the app server (trusted); `actual` is already an int[].

export function check({ input, actual }) {
  const [nums, k] = input;
  if (actual.length !== k) return `Expected ${k} value${k === 1 ? "" : "s"} but your answer has ${actual.length}.`;
  const count = new Map();
  for (const v of nums) count.set(v, (count.get(v) ?? 0) + 1);
  const seen = new Set();
  for (const v of actual) {
    if (!count.has(v)) return `${v} does not occur in nums.`;
    if (seen.has(v)) return `${v} appears more than once in your answer.`;
    seen.add(v);
  }
  // Correct exactly when no value left out occurs more often than the least frequent value returned.
  const weakest = actual.reduce((a, v) => (count.get(v) < count.get(a) ? v : a));
  const better = [...count.entries()].find(([v, c]) => !seen.has(v) && c > count.get(weakest));
  if (better) {
    return `${better[0]} occurs ${times(better[1])}, more often than ${weakest} (${times(count.get(weakest))}), which you returned.`;
  }
  return true;
}

const times = (n) => (n === 1 ? "once" : `${n} times`);
