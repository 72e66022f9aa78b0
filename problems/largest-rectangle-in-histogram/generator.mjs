// n = heights.length; bars of height 9999 or 10000 at random, so nearly every bar's rectangle spans the whole histogram.
export const maxN = 100000;

export function generate(n, rng) {
  n = Math.max(1, Math.min(maxN, Math.floor(n)));
  const heights = new Array(n);
  for (let i = 0; i < n; i++) heights[i] = rng() < 0.5 ? 9999 : 10000;
  return [heights];
}
