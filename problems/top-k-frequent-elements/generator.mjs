// What n measures here: n = len(nums); values in -10^4..10^4, k between 1 and the number of distinct values.
export const maxN = 100000;

export function generate(n, rng) {
  const length = Math.max(1, Math.min(maxN, n));
  const spread = 1 + Math.floor(rng() * 10000);
  const nums = [];
  for (let i = 0; i < length; i++) nums.push(Math.floor(rng() * (2 * spread + 1)) - spread);
  const distinct = new Set(nums).size;
  const k = 1 + Math.floor(rng() * distinct);
  return [nums, k];
}
