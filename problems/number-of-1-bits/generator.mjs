// What n measures here: n = the bit length of the input (its highest set bit is bit n - 1).
export const maxN = 31;

export function generate(n, rng) {
  const bits = Math.max(1, Math.min(maxN, n));
  const top = 2 ** (bits - 1);
  return [top + Math.floor(rng() * top)];
}
