// n = s.length = t.length; t is a shuffle of s, with one letter changed half of the time.
export const maxN = 100000;

export function generate(n, rng) {
  const letter = () => String.fromCharCode(97 + Math.floor(rng() * 26));
  const s = [];
  for (let i = 0; i < n; i++) s.push(letter());
  const t = s.slice();
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [t[i], t[j]] = [t[j], t[i]];
  }
  if (rng() < 0.5) t[Math.floor(rng() * n)] = letter();
  return [s.join(""), t.join("")];
}
