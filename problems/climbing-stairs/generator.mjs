// What n measures here: n = the number of steps (the input itself).
export const maxN = 45;

export function generate(n) {
  return [Math.max(1, Math.min(maxN, n))];
}
