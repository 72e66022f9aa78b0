// n = number of nodes in the list (the removal position is drawn at random).
export const maxN = 500;

export function generate(n, rng) {
  const head = [];
  for (let i = 0; i < n; i++) head.push(Math.floor(rng() * 1001));
  return [head, 1 + Math.floor(rng() * n)];
}
