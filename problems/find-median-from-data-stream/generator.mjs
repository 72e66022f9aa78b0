// n = number of calls (addNum and findMedian mixed, the first one an addNum).
export const maxN = 50000;

export function generate(n, rng) {
  const ops = ["MedianFinder"];
  const args = [[]];
  for (let i = 0; i < n; i++) {
    if (i === 0 || rng() < 0.55) {
      ops.push("addNum");
      args.push([Math.floor(rng() * 200001) - 100000]);
    } else {
      ops.push("findMedian");
      args.push([]);
    }
  }
  return [ops, args];
}
