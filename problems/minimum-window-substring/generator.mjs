// n = len(s); t is a handful of letters (one of them rare, so windows are long).
export const maxN = 100000;

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function generate(n, rng) {
  const pick = (alphabet) => alphabet[Math.floor(rng() * alphabet.length)];
  let s = "";
  for (let i = 0; i < n; i++) s += pick(LETTERS.slice(0, 26));
  // An uppercase letter near the end that t needs: every window must stretch to it.
  const rare = pick(LETTERS.slice(26));
  const at = Math.max(0, n - 1 - Math.floor(rng() * Math.min(n, 10)));
  s = s.slice(0, at) + rare + s.slice(at + 1);
  let t = rare;
  const extra = Math.min(5, n - 1);
  for (let i = 0; i < extra; i++) t += pick(LETTERS.slice(0, 26));
  return [s, t];
}
