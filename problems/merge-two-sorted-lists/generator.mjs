// n = total number of nodes in list1 and list2.
export const maxN = 500;

function sortedList(len, rng) {
  const values = [];
  for (let i = 0; i < len; i++) values.push(Math.floor(rng() * 20001) - 10000);
  return values.sort((a, b) => a - b);
}

export function generate(n, rng) {
  // Each list holds at most 250 nodes, so split n within that limit.
  const lo = Math.max(0, n - 250);
  const hi = Math.min(n, 250);
  const len1 = lo + Math.floor(rng() * (hi - lo + 1));
  return [sortedList(len1, rng), sortedList(n - len1, rng)];
}
