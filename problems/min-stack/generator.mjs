// What n measures here: n = the number of method calls after the constructor.
// pop, top and getMin are only made while the stack is not empty.
export const maxN = 100000;
const INT_MIN = -2147483648;
const SPAN = 4294967296;

export function generate(n, rng) {
  const calls = Math.max(1, Math.min(maxN, n));
  const ops = ["MinStack"];
  const args = [[]];
  let size = 0;
  for (let i = 0; i < calls; i++) {
    const choice = rng();
    if (size === 0 || choice < 0.45) {
      ops.push("push");
      args.push([INT_MIN + Math.floor(rng() * SPAN)]);
      size++;
    } else if (choice < 0.6) {
      ops.push("pop");
      args.push([]);
      size--;
    } else {
      ops.push(choice < 0.8 ? "top" : "getMin");
      args.push([]);
    }
  }
  return [ops, args];
}
