// n = nums.length; n distinct values in [-10^4, 10^4], sorted then rotated by a random amount; target present about half the time.
export const maxN = 10000;

export function generate(n, rng) {
  n = Math.max(1, Math.min(maxN, Math.floor(n)));
  const lo = -10000;
  const span = 20001; // values lo .. lo + span - 1
  // Selection sampling: walk the value range once, keeping each value with probability needed / left.
  const sorted = [];
  let needed = n;
  for (let i = 0; i < span && needed > 0; i++) {
    if (rng() * (span - i) < needed) {
      sorted.push(lo + i);
      needed--;
    }
  }
  const k = Math.floor(rng() * n);
  const nums = sorted.slice(k).concat(sorted.slice(0, k));
  const target = rng() < 0.5 ? nums[Math.floor(rng() * n)] : lo + Math.floor(rng() * span);
  return [nums, target];
}
