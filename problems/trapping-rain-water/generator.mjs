// n = height.length; random bar heights within 0..10^4.
export const maxN = 100000;

export function generate(n, rng) {
  const height = [];
  for (let i = 0; i < n; i++) height.push(Math.floor(rng() * 10001));
  return [height];
}
