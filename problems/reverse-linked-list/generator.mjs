// n = number of nodes in the list.
export const maxN = 500;

export function generate(n, rng) {
  const head = [];
  for (let i = 0; i < n; i++) head.push(Math.floor(rng() * 10001) - 5000);
  return [head];
}
