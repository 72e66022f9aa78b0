import path from "node:path";
import { describe, expect, it } from "vitest";
import { ComplexityMeasurementSchema, type ComplexityClass, type ComplexityMeasurement } from "@/lib/api/schemas";
import { measureComplexity, measurementSizes } from "@/lib/complexity/measure";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { loadProblemDir } from "@/lib/problems";
import type { Language } from "@/lib/problems/types";

/**
 * The classifier on solutions of known complexity, timed in the real sandbox (bubblewrap) on the
 * problems' own generated inputs, in Python, JavaScript and C++. The problems and solutions are
 * chosen so the running time does not depend on where an answer happens to sit in the input
 * (no early exits), so the class is the code's and not the data's.
 *
 * One job at a time: measurements running side by side would time each other.
 */
const launcher = new BwrapLauncher({ concurrency: 1 });
const problem = (slug: string) => loadProblemDir(path.join(process.cwd(), "problems", slug));
const STOCK = problem("best-time-to-buy-and-sell-stock"); // optimal O(n), maxN 100000
const KTH = problem("kth-largest-element-in-an-array"); // optimal O(n) average, maxN 100000
const SEARCH = problem("binary-search"); // optimal O(log n), maxN 10000

async function measure(p: typeof STOCK, language: Language, code: string): Promise<ComplexityMeasurement> {
  const m = await measureComplexity(p, language, code, { launcher });
  // Printed so a failure shows the curve that was fitted.
  console.log(`${p.slug} ${language}: ${m.time.best_fit} (${m.time.confidence}) ${JSON.stringify(m.time.points.map((q) => [q.n, q.ms]))}`);
  return ComplexityMeasurementSchema.parse(m);
}

const expectTime = (m: ComplexityMeasurement, cls: ComplexityClass) =>
  expect(m.time.best_fit, `${m.time.best_fit} from ${JSON.stringify(m.time.points)}; fits ${JSON.stringify(m.time.fits)}`).toBe(cls);

const PY_LINEAR = `class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        lowest, best = prices[0], 0
        for price in prices:
            best = max(best, price - lowest)
            lowest = min(lowest, price)
        return best
`;
const PY_QUADRATIC = `class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = 0
        for i in range(len(prices)):
            for j in range(i + 1, len(prices)):
                if prices[j] - prices[i] > best:
                    best = prices[j] - prices[i]
        return best
`;
// O(n) time, O(n) extra memory: a tuple per day.
const PY_LINEAR_SPACE = `class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        days = [(price, day) for day, price in enumerate(prices)]
        lowest, best = days[0][0], 0
        for price, _ in days:
            best = max(best, price - lowest)
            lowest = min(lowest, price)
        return best
`;
// A merge sort written out in Python: the n log n is the code's own, not a C routine's.
const PY_MERGE_SORT = `class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        def sort(a):
            if len(a) <= 1:
                return a
            mid = len(a) // 2
            left, right = sort(a[:mid]), sort(a[mid:])
            out, i, j = [], 0, 0
            while i < len(left) and j < len(right):
                if left[i] >= right[j]:
                    out.append(left[i]); i += 1
                else:
                    out.append(right[j]); j += 1
            out.extend(left[i:]); out.extend(right[j:])
            return out
        return sort(nums)[k - 1]
`;
const PY_BINARY_SEARCH = `class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
`;
// Looks at every element whatever the target: linear on every input.
const PY_FULL_SCAN = `class Solution:
    def search(self, nums: List[int], target: int) -> int:
        found = -1
        for i in range(len(nums)):
            if nums[i] == target:
                found = i
        return found
`;

const JS_LINEAR = `var maxProfit = function(prices) {
    let lowest = prices[0], best = 0;
    for (let i = 0; i < prices.length; i++) {
        if (prices[i] - lowest > best) best = prices[i] - lowest;
        if (prices[i] < lowest) lowest = prices[i];
    }
    return best;
};`;
const JS_QUADRATIC = `var maxProfit = function(prices) {
    let best = 0;
    for (let i = 0; i < prices.length; i++)
        for (let j = i + 1; j < prices.length; j++)
            if (prices[j] - prices[i] > best) best = prices[j] - prices[i];
    return best;
};`;
const JS_SORT = `var findKthLargest = function(nums, k) {
    const sorted = [...nums].sort((a, b) => b - a);
    return sorted[k - 1];
};`;

// Quickselect (introselect): O(n) on average, the problem's optimal.
const CPP_SELECT = `class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        nth_element(nums.begin(), nums.begin() + (k - 1), nums.end(), greater<int>());
        return nums[k - 1];
    }
};`;
const CPP_QUADRATIC = `class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int best = 0, n = prices.size();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) best = max(best, prices[j] - prices[i]);
        return best;
    }
};`;
const CPP_SORT = `class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end(), greater<int>());
        return sorted[k - 1];
    }
};`;

describe("sizes", () => {
  it("double up to maxN over a 128-fold range, or step up to a small maxN", () => {
    expect(measurementSizes(100_000)).toEqual([781, 1562, 3125, 6250, 12500, 25000, 50000, 100000]);
    expect(measurementSizes(500)).toEqual([15, 31, 62, 125, 250, 500]);
    expect(measurementSizes(10)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(measurementSizes(45)).toEqual([17, 21, 25, 29, 33, 37, 41, 45]);
  });
});

describe("measured complexity in the sandbox", { timeout: 60_000 }, () => {
  describe("Python", () => {
    it("a one-pass solution grows as O(n) and matches the optimal; its memory stays flat", async () => {
      const m = await measure(STOCK, "python", PY_LINEAR);
      expectTime(m, "O(n)");
      expect(m.summary).toMatch(/grows? as O\(n\), which matches the optimal O\(n\)\.$/);
      expect(m.optimal_time).toBe("O(n)");
      expect(m.memory?.best_fit).toBe("O(1)");
    });

    it("a double loop over the same problem grows as O(n^2), and the summary says O(n) is possible", async () => {
      const m = await measure(STOCK, "python", PY_QUADRATIC);
      expectTime(m, "O(n^2)");
      expect(m.time.confidence).toBeGreaterThan(0.5);
      expect(m.summary).toBe("Your solution grows as O(n^2); this problem can be solved in O(n).");
      // A slow solution stops at the sizes the budget allows; three or more are enough to fit.
      expect(m.time.points.length).toBeGreaterThanOrEqual(3);
    });

    it("a merge sort grows as O(n log n)", async () => {
      const m = await measure(KTH, "python", PY_MERGE_SORT);
      expectTime(m, "O(n log n)");
      expect(m.summary).toMatch(/O\(n log n\); this problem can be solved in O\(n\) \(O\(n\) average\)\.$/);
    });

    it("memory that holds a tuple per element grows as O(n)", async () => {
      const m = await measure(STOCK, "python", PY_LINEAR_SPACE);
      expect(m.memory, "Python memory is measured").not.toBeNull();
      expect(m.memory!.best_fit, JSON.stringify(m.memory!.points)).toBe("O(n)");
      const largest = m.memory!.points.at(-1)!;
      expect(largest.n).toBe(100_000);
      expect(largest.mb).toBeGreaterThan(4);
    });

    it("binary search stays at the noise level (sublinear), a full scan of the same input grows as O(n)", async () => {
      const fast = await measure(SEARCH, "python", PY_BINARY_SEARCH);
      expect(["O(1)", "O(log n)"]).toContain(fast.time.best_fit);
      expect(fast.summary).toMatch(/in line with the optimal O\(log n\)\.$|matches the optimal O\(log n\)\.$/);
      const slow = await measure(SEARCH, "python", PY_FULL_SCAN);
      expectTime(slow, "O(n)");
      expect(slow.summary).toMatch(/O\(n\); this problem can be solved in O\(log n\)\.$/);
    });
  });

  describe("JavaScript", () => {
    it("O(n), O(n^2) and a comparator sort's O(n log n) are told apart", async () => {
      expectTime(await measure(STOCK, "javascript", JS_LINEAR), "O(n)");
      expectTime(await measure(STOCK, "javascript", JS_QUADRATIC), "O(n^2)");
      const sorted = await measure(KTH, "javascript", JS_SORT);
      expectTime(sorted, "O(n log n)");
      expect(sorted.memory).toBeNull(); // V8 sizes its heap by its own policy: not measured
    });
  });

  describe("C++", () => {
    it("nth_element's O(n), a double loop's O(n^2) and std::sort's O(n log n) are told apart", async () => {
      const select = await measure(KTH, "cpp", CPP_SELECT);
      expectTime(select, "O(n)");
      expect(select.summary).toMatch(/O\(n\), which matches the optimal O\(n\) \(O\(n\) average\)\.$/);
      expectTime(await measure(STOCK, "cpp", CPP_QUADRATIC), "O(n^2)");
      expectTime(await measure(KTH, "cpp", CPP_SORT), "O(n log n)");
    });
  });
});
