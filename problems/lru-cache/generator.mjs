// What n measures here: n = the number of get and put calls after the constructor.
export const maxN = 200000;

export function generate(n, rng) {
  const calls = Math.max(1, Math.min(maxN, n));
  const capacity = 1 + Math.floor(rng() * Math.min(50000, Math.max(1, Math.floor(calls / 4))));
  const keys = Math.min(100000, 2 * capacity + 10);
  const ops = ["LRUCache"];
  const args = [[capacity]];
  for (let i = 0; i < calls; i++) {
    const key = Math.floor(rng() * (keys + 1));
    if (rng() < 0.5) {
      ops.push("get");
      args.push([key]);
    } else {
      ops.push("put");
      args.push([key, Math.floor(rng() * 1000000001)]);
    }
  }
  return [ops, args];
}
