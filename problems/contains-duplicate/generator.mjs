// n = nums.length; values spread over the whole range, so repeats are rare and a solution usually scans everything.
export const maxN = 100000;

export function generate(n, rng) {
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 2000000001) - 1000000000);
  return [nums];
}
