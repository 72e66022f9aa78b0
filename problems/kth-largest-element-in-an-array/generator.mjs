// n = len(nums); k is anywhere from 1 to n.
export const maxN = 100000;

export function generate(n, rng) {
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 20001) - 10000);
  const k = 1 + Math.floor(rng() * n);
  return [nums, k];
}
