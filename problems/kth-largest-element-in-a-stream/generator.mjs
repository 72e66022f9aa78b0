// n = number of add calls; nums also holds about n values and k is up to nums.length + 1.
export const maxN = 10000;

export function generate(n, rng) {
  const value = () => Math.floor(rng() * 20001) - 10000;
  const nums = [];
  const len = Math.floor(rng() * (n + 1));
  for (let i = 0; i < len; i++) nums.push(value());
  const k = 1 + Math.floor(rng() * (len + 1));
  const ops = ["KthLargest"];
  const args = [[k, nums]];
  for (let i = 0; i < n; i++) {
    ops.push("add");
    args.push([value()]);
  }
  return [ops, args];
}
