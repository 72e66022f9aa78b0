// n = nums.length.
export const maxN = 100000;

export function generate(n, rng) {
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 5));
  return [nums];
}
