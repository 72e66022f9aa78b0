// n = number of calls (inserts, searches and prefix queries mixed).
export const maxN = 30000;

export function generate(n, rng) {
  const word = (lo, hi, letters) => {
    const len = lo + Math.floor(rng() * (hi - lo + 1));
    let w = "";
    for (let i = 0; i < len; i++) w += letters[Math.floor(rng() * letters.length)];
    return w;
  };
  const letters = "abcdefghij";
  const inserted = [];
  const ops = ["Trie"];
  const args = [[]];
  for (let i = 0; i < n; i++) {
    const x = rng();
    if (x < 0.4 || inserted.length === 0) {
      const w = word(3, 12, letters);
      inserted.push(w);
      ops.push("insert");
      args.push([w]);
    } else {
      const base = rng() < 0.6 ? inserted[Math.floor(rng() * inserted.length)] : word(3, 12, letters);
      const q = rng() < 0.5 ? base : base.slice(0, 1 + Math.floor(rng() * base.length));
      ops.push(x < 0.7 ? "search" : "startsWith");
      args.push([q]);
    }
  }
  return [ops, args];
}
