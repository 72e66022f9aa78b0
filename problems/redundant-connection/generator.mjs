// n = edges.length (the number of nodes as well); inputs below 3 edges are raised to 3.
export const maxN = 50000;

export function generate(n, rng) {
  n = Math.max(3, n);
  const pick = (k) => Math.floor(rng() * k);
  // Random labels; each node joins a random earlier node, which gives a random tree.
  const labels = [];
  for (let i = 1; i <= n; i++) labels.push(i);
  for (let i = n - 1; i > 0; i--) {
    const j = pick(i + 1);
    [labels[i], labels[j]] = [labels[j], labels[i]];
  }
  const edge = (a, b) => (a < b ? [a, b] : [b, a]);
  const edges = [];
  const present = new Set();
  for (let i = 1; i < n; i++) {
    const e = edge(labels[i], labels[pick(i)]);
    edges.push(e);
    present.add(e[0] * (n + 1) + e[1]);
  }
  // One extra edge between two nodes not yet joined (a tree on n >= 3 nodes always has such a pair).
  let extra;
  do {
    extra = edge(1 + pick(n), 1 + pick(n));
  } while (extra[0] === extra[1] || present.has(extra[0] * (n + 1) + extra[1]));
  for (let i = edges.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [edges[i], edges[j]] = [edges[j], edges[i]];
  }
  edges.splice(pick(edges.length + 1), 0, extra);
  return [edges];
}
