// n = nums1.length + nums2.length; n sorted values in [-10^6, 10^6] split at random between the two lists (at most 1000 each).
export const maxN = 2000;

function sortedList(len, rng) {
  const out = new Array(len);
  for (let i = 0; i < len; i++) out[i] = Math.floor(rng() * 2000001) - 1000000;
  return out.sort((x, y) => x - y);
}

export function generate(n, rng) {
  n = Math.max(1, Math.min(maxN, Math.floor(n)));
  const least = Math.max(0, n - 1000);
  const most = Math.min(1000, n);
  const m = least + Math.floor(rng() * (most - least + 1));
  return [sortedList(m, rng), sortedList(n - m, rng)];
}
