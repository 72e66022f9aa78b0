// What n measures here: n = len(s); characters are printable ASCII (space to '~').
export const maxN = 50000;

export function generate(n, rng) {
  const length = Math.max(1, Math.min(maxN, n));
  const alphabet = 1 + Math.floor(rng() * 95);
  let s = "";
  for (let i = 0; i < length; i++) s += String.fromCharCode(32 + Math.floor(rng() * alphabet));
  return [s];
}
