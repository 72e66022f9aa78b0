// What n measures here: n = len(s).
// Mostly well-nested brackets (a random walk of opens and matching closes); about one input in
// four has one bracket changed, so both answers occur.
export const maxN = 100000;
const OPEN = "([{";
const CLOSE = ")]}";

export function generate(n, rng) {
  const length = Math.max(1, Math.min(maxN, n));
  const chars = [];
  const stack = [];
  for (let i = 0; i < length; i++) {
    const left = length - i;
    if (stack.length > 0 && (stack.length >= left || rng() < 0.5)) {
      chars.push(CLOSE[stack.pop()]);
    } else {
      const kind = Math.floor(rng() * 3);
      stack.push(kind);
      chars.push(OPEN[kind]);
    }
  }
  if (rng() < 0.25) {
    const all = OPEN + CLOSE;
    chars[Math.floor(rng() * length)] = all[Math.floor(rng() * all.length)];
  }
  return [chars.join("")];
}
