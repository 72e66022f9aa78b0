// n = the number of bracket pairs (the output grows as the Catalan numbers).
export const maxN = 10;

export function generate(n, rng) {
  return [n];
}
