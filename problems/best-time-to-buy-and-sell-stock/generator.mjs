// n = prices.length; prices wander up and down in a random walk within 0..10^4.
export const maxN = 100000;

export function generate(n, rng) {
  const prices = [];
  let price = Math.floor(rng() * 10001);
  for (let i = 0; i < n; i++) {
    price = Math.min(10000, Math.max(0, price + Math.floor(rng() * 201) - 100));
    prices.push(price);
  }
  return [prices];
}
