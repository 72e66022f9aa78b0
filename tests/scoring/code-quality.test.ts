import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Language } from "@/db/schema";
import { checkCodeQuality, lexLines, type QualityCheck } from "@/lib/scoring/code-quality";

/** The static code-quality checks of the rubric, per language. */
const checks = (code: string, language: Language) => checkCodeQuality(code, language).findings.map((f) => f.check).sort();
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join("\n");

const SAMPLES: Record<Language, { clean: string; messy: string; expect: QualityCheck[] }> = {
  python: {
    clean: `class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Halve the inclusive range until it is empty.
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
`,
    messy: `class Solution:
    def search(self, nums, target):
        temp2 = 0
        # result = helper(nums)
        for i in range(len(nums)):
            if nums[i] >= 0:
                for j in range(3):
                    if j > 0:
                        while temp2 < 1:
                            print(nums[i])
                            temp2 += 1
        return -1
        return 0
`,
    expect: ["commented_code", "dead_code", "debug_print", "deep_nesting", "naming"],
  },
  javascript: {
    clean: `/**
 * @param {number[]} nums
 * @return {number}
 */
function search(nums, target) {
  // Binary search over [lo, hi].
  let lo = 0, hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
`,
    messy: `function search(nums, target) {
  const foo = nums.length;
  // let answer = foo - 1;
  for (let i = 0; i < foo; i++) {
    if (nums[i] > 0) {
      for (let j = 0; j < 2; j++) {
        if (j) {
          while (false) {
            console.log(nums[i]);
          }
        }
      }
    }
  }
  return -1;
  foo.toString();
}
`,
    expect: ["commented_code", "dead_code", "debug_print", "deep_nesting", "naming"],
  },
  java: {
    clean: `class Solution {
    public int search(int[] nums, int target) {
        int lo = 0, hi = nums.length - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
`,
    messy: `class Solution {
    public int search(int[] nums, int target) {
        int tmp1 = 0;
        System.out.println("debug " + tmp1);
        /* int best = nums[0]; */
        if (nums.length == 0) {
            return -1;
        }
        return tmp1;
    }
}
`,
    expect: ["commented_code", "debug_print", "naming"],
  },
  cpp: {
    clean: `class Solution {
public:
    int search(vector<int>& nums, int target) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
};
`,
    messy: `class Solution {
public:
    int search(vector<int>& nums, int target) {
        int z = 0;
        int g = 1;
        cout << z << endl;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (nums[i] == target) {
                return i;
                z++;
            }
        }
        return -1;
    }
};
`,
    expect: ["dead_code", "debug_print", "naming"],
  },
  go: {
    clean: `func search(nums []int, target int) int {
    lo, hi := 0, len(nums)-1
    for lo <= hi {
        mid := lo + (hi-lo)/2
        if nums[mid] == target {
            return mid
        }
        if nums[mid] < target {
            lo = mid + 1
        } else {
            hi = mid - 1
        }
    }
    return -1
}
`,
    messy: `func search(nums []int, target int) int {
    stuff := 0
    fmt.Println(stuff)
    // stuff = stuff + 1;
    for i := range nums {
        if nums[i] > 0 {
            for j := 0; j < 2; j++ {
                if j > 0 {
                    if i > 0 {
                        stuff++
                    }
                }
            }
        }
    }
    return -1
}
`,
    expect: ["commented_code", "debug_print", "deep_nesting", "naming"],
  },
};

describe("static code-quality checks", () => {
  for (const [language, sample] of Object.entries(SAMPLES) as [Language, (typeof SAMPLES)[Language]][]) {
    describe(language, () => {
      it("finds nothing in clean code", () => {
        const report = checkCodeQuality(sample.clean, language);
        expect(report.findings).toEqual([]);
        expect(report.score).toBe(100);
        expect(report.functions).toBeGreaterThanOrEqual(1);
      });
      it("names each problem in messy code, with its line", () => {
        const report = checkCodeQuality(sample.messy, language);
        expect(report.findings.map((f) => f.check).sort()).toEqual(sample.expect);
        for (const f of report.findings) expect(f.line).toBeGreaterThan(0);
        expect(report.score).toBeLessThan(100);
        expect(report.clean).not.toContain(sample.expect[0]);
      });
    });
  }

  it("flags a function longer than 40 lines", () => {
    const py = `def build(values):\n${lines(45, (i) => `    total_${i} = values[${i}]`)}\n    return 0\n`;
    const report = checkCodeQuality(py, "python");
    expect(report.findings).toEqual([{ check: "function_length", line: 1, message: expect.stringMatching(/^build is 46 lines long/) }]);
    expect(report.longestFunction).toBe(46);
    const js = `function build(values) {\n${lines(45, (i) => `  const total${i} = values[${i}];`)}\n  return 0;\n}\n`;
    expect(checks(js, "javascript")).toEqual(["function_length"]);
  });

  it("does not mistake strings or prose comments for code", () => {
    expect(checks(`def f(text):\n    # dp[i] = best answer for the first i items, kept one row at a time\n    return text.count("print(x)")\n`, "python")).toEqual([]);
    expect(checks(`function f(s) {\n  return s === "// console.log(1);";\n}\n`, "javascript")).toEqual([]);
    const lexed = lexLines(`x = "a # not a comment"  # real comment`, "python");
    expect(lexed[0].comment?.trim()).toBe("real comment");
  });

  it("the bank's reference solutions are clean apart from deep nesting", () => {
    const ext: Record<string, Language> = { py: "python", js: "javascript", java: "java", cpp: "cpp", go: "go" };
    const root = path.join(process.cwd(), "problems");
    const found: string[] = [];
    let files = 0;
    for (const slug of fs.readdirSync(root)) {
      const dir = path.join(root, slug, "solutions");
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir)) {
        const language = ext[file.split(".").pop() ?? ""];
        if (!language) continue;
        files++;
        for (const f of checkCodeQuality(fs.readFileSync(path.join(dir, file), "utf8"), language).findings) {
          if (f.check !== "deep_nesting") found.push(`${slug}/${file}: ${f.message}`);
        }
      }
    }
    expect(files).toBeGreaterThan(200);
    expect(found).toEqual([]);
  });
});
