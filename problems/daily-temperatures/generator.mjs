// n = temperatures.length; random temperatures in [30, 100] (the days at 100 never see a warmer day).
export const maxN = 100000;

export function generate(n, rng) {
  n = Math.max(1, Math.min(maxN, Math.floor(n)));
  const temperatures = new Array(n);
  for (let i = 0; i < n; i++) temperatures[i] = 30 + Math.floor(rng() * 71);
  return [temperatures];
}
