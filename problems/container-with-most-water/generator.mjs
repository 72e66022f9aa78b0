// n = height.length (at least 2); random heights within 0..10^4.
export const maxN = 100000;

export function generate(n, rng) {
  const height = [];
  for (let i = 0; i < Math.max(2, n); i++) height.push(Math.floor(rng() * 10001));
  return [height];
}
