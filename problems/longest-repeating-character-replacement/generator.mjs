// n = s.length; letters from a small alphabet so runs form, with k up to about n / 20.
export const maxN = 100000;

export function generate(n, rng) {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(65 + Math.floor(rng() * 4));
  const k = Math.floor(rng() * (Math.floor(n / 20) + 1));
  return [s, k];
}
