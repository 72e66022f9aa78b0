// What n measures here: n = len(nums).
// Every value but one is a distinct even number and target is odd, so the single odd value and
// its partner target - odd are the only pair that adds up to target.
export const maxN = 50000;
const LIMIT = 1000000000;

export function generate(n, rng) {
  const size = Math.max(2, Math.min(maxN, n));
  const evens = new Set();
  while (evens.size < size - 1) evens.add(2 * Math.floor(rng() * (LIMIT + 1)) - LIMIT);
  const nums = [...evens];
  const odd = 2 * Math.floor(rng() * LIMIT) - LIMIT + 1; // odd, within -10^9..10^9
  const partner = nums[Math.floor(rng() * nums.length)];
  nums.splice(Math.floor(rng() * (nums.length + 1)), 0, odd);
  return [nums, odd + partner];
}
