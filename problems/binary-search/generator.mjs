// n = nums.length; nums holds n distinct sorted values in (-10^4, 10^4), target is present about half the time.
export const maxN = 10000;

export function generate(n, rng) {
  n = Math.max(1, Math.min(maxN, Math.floor(n)));
  const lo = -9999;
  const span = 19999; // values lo .. lo + span - 1
  // Selection sampling: walk the value range once, keeping each value with probability needed / left.
  const nums = [];
  let needed = n;
  for (let i = 0; i < span && needed > 0; i++) {
    if (rng() * (span - i) < needed) {
      nums.push(lo + i);
      needed--;
    }
  }
  const target = rng() < 0.5 ? nums[Math.floor(rng() * n)] : lo + Math.floor(rng() * span);
  return [nums, target];
}
