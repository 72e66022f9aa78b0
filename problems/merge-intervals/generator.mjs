// n = intervals.length.
export const maxN = 50000;

export function generate(n, rng) {
  const intervals = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(rng() * 10001);
    intervals.push([start, Math.min(10000, start + Math.floor(rng() * 4))]);
  }
  return [intervals];
}
