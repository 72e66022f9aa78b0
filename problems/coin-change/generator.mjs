// What n measures here: n = amount (a solution's table has amount + 1 entries).
// Up to 10 distinct coins between 1 and amount.
export const maxN = 10000;

export function generate(n, rng) {
  const amount = Math.max(1, Math.min(maxN, n));
  const coins = new Set();
  const count = Math.min(10, amount);
  while (coins.size < count) coins.add(1 + Math.floor(rng() * amount));
  return [[...coins], amount];
}
