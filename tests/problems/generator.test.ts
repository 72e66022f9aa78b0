import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getProblemBySlug, loadProblemDir } from "@/lib/problems";
import { generateInput, seededRandom } from "@/lib/problems/generator";
import type { Problem } from "@/lib/problems/types";

/** Input generators: seeded, checked against the signature, and loud when a file is wrong. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ic-generator-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function twoSumWithGenerator(name: string, source: string): Problem {
  const dir = path.join(tmp, name, "two-sum");
  fs.cpSync(path.join(process.cwd(), "problems", "two-sum"), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "generator.mjs"), source);
  return loadProblemDir(dir);
}

describe("input generators", () => {
  it("the same seed gives the same numbers; another seed others", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 5 }, seededRandom(43))).not.toEqual(first);
  });

  it("makes a two-sum input of n numbers with exactly the promised pair, clamped to maxN", async () => {
    const p = getProblemBySlug("two-sum") as Problem;
    const [nums, target] = (await generateInput(p, 1000, 3)) as [number[], number];
    expect(nums).toHaveLength(1000);
    const pairs = nums.flatMap((x, i) => nums.slice(i + 1).filter((y) => x + y === target));
    expect(pairs).toHaveLength(1);
    const [huge] = (await generateInput(p, 10 ** 9, 3)) as [number[]];
    expect(huge.length).toBeLessThanOrEqual(5 * 10 ** 4);
  });

  it("an input that breaks the signature is an error naming the file", async () => {
    const p = twoSumWithGenerator("bad-output", 'export const maxN = 10;\nexport function generate(n) { return [[1, 2], "seven"]; }\n');
    await expect(generateInput(p, 5)).rejects.toThrow(/problems\/two-sum\/generator\.mjs: generate\(5\) made an invalid input: input\.1: target should be int/);
  });

  it("a generator without its exports is an error saying what to export", async () => {
    const noFn = twoSumWithGenerator("no-fn", "export const maxN = 10;\n");
    await expect(generateInput(noFn, 5)).rejects.toThrow(/must export a function generate\(n, rng\)/);
    const noMax = twoSumWithGenerator("no-max", "export function generate() { return [[1, 2], 3]; }\n");
    await expect(generateInput(noMax, 5)).rejects.toThrow(/must export maxN, a positive integer/);
  });
});
