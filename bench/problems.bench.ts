import path from "node:path";
import { bench, describe } from "vitest";
import { loadProblemBank } from "@/lib/problems";
import { generateInput } from "@/lib/problems/generator";
import { loadSystemDesignBank } from "@/lib/problems/system-design";

// What a server pays at start-up to load and validate the whole bank (every tests.json parsed,
// checked against its signature and canonicalised), and how much heap the loaded bank holds.
const root = path.join(process.cwd(), "problems");
const before = process.memoryUsage().heapUsed;
const problems = loadProblemBank(root);
const heldMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
console.log(`problem bank: ${problems.length} coding problems + ${loadSystemDesignBank(root).length} system-design, ~${heldMb.toFixed(0)} MB of heap once loaded`);
const largest = problems.find((p) => p.slug === "two-sum")!;

describe("problem bank", () => {
  bench("load and validate every problem folder", () => {
    loadProblemBank(root);
  }, { iterations: 5, time: 0 });
  bench("generate a 50,000-number two-sum input", async () => {
    await generateInput(largest, 50_000, Math.floor(Math.random() * 1e9));
  }, { iterations: 20, time: 0 });
});
