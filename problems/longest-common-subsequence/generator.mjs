// What n measures here: n = len(text1) = len(text2).
export const maxN = 1000;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function word(length, alphabet, rng) {
  let s = "";
  for (let i = 0; i < length; i++) s += LETTERS[Math.floor(rng() * alphabet)];
  return s;
}

export function generate(n, rng) {
  const length = Math.max(1, Math.min(maxN, n));
  const alphabet = 2 + Math.floor(rng() * 25);
  return [word(length, alphabet, rng), word(length, alphabet, rng)];
}
