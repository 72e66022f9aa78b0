import path from "node:path";
import { pathToFileURL } from "node:url";
import { GENERATOR_FILE } from "./index";
import type { Problem } from "./types";
import { canonicalInput, checkInput } from "./values";

/**
 * A problem's input generator (problems/<slug>/generator.mjs, trusted server-side code):
 *
 *   export const maxN = 100000;          // largest n whose input still meets the constraints
 *   export function generate(n, rng) {   // rng(): float in [0, 1)
 *     return [ ...arguments in signature order, like a test's input ];
 *   }
 *
 * It makes valid inputs of size n, so a solution's running time can be measured as n grows.
 */
export interface InputGenerator {
  maxN: number;
  generate(n: number, rng: () => number): unknown[];
}

export class GeneratorError extends Error {
  override name = "GeneratorError";
}

const loaded = new Map<string, Promise<InputGenerator>>();

export function loadGenerator(problem: Pick<Problem, "dir" | "slug">): Promise<InputGenerator> {
  if (!problem.dir) return Promise.reject(new GeneratorError(`${problem.slug}: has no folder, so no ${GENERATOR_FILE}`));
  const file = path.join(problem.dir, GENERATOR_FILE);
  let pending = loaded.get(file);
  if (!pending) {
    pending = importGenerator(file, `problems/${problem.slug}/${GENERATOR_FILE}`);
    loaded.set(file, pending);
    pending.catch(() => loaded.delete(file));
  }
  return pending;
}

async function importGenerator(file: string, shown: string): Promise<InputGenerator> {
  let mod: { maxN?: unknown; generate?: unknown };
  try {
    mod = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href);
  } catch (e) {
    throw new GeneratorError(`${shown}: could not be loaded (${(e as Error).message})`);
  }
  if (typeof mod.generate !== "function") throw new GeneratorError(`${shown}: must export a function generate(n, rng)`);
  if (!Number.isSafeInteger(mod.maxN) || (mod.maxN as number) < 1) throw new GeneratorError(`${shown}: must export maxN, a positive integer`);
  return { maxN: mod.maxN as number, generate: mod.generate as InputGenerator["generate"] };
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same inputs on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An input of size n (clamped to 1..maxN), checked against the signature and canonicalised like a test's. */
export async function generateInput(problem: Problem, n: number, seed = 1): Promise<unknown[]> {
  const generator = await loadGenerator(problem);
  const size = Math.max(1, Math.min(generator.maxN, Math.floor(n)));
  const shown = `problems/${problem.slug}/${GENERATOR_FILE}`;
  const input = generator.generate(size, seededRandom(seed));
  if (!Array.isArray(input)) throw new GeneratorError(`${shown}: generate(${size}) must return the argument list, not ${typeof input}`);
  const issues = checkInput(problem.signature, input);
  if (issues.length) throw new GeneratorError(`${shown}: generate(${size}) made an invalid input: ${issues.slice(0, 3).join("; ")}`);
  return canonicalInput(problem.signature, input);
}
