// n = nums.length; random values in [-10^4, 10^4] with k = ceil(n / 2), so rescanning each window costs about n^2 / 4.
export const maxN = 100000;

export function generate(n, rng) {
  n = Math.max(1, Math.min(maxN, Math.floor(n)));
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 20001) - 10000;
  return [nums, Math.ceil(n / 2)];
}
