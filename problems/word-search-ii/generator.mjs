// n = len(words), on a 12 x 12 board (smaller boards for tiny n); about half the words lie on the board.
export const maxN = 30000;

export function generate(n, rng) {
  const letters = "abcdef";
  const pick = () => letters[Math.floor(rng() * letters.length)];
  const side = Math.max(1, Math.min(12, Math.ceil(Math.sqrt(n))));
  const board = [];
  for (let r = 0; r < side; r++) {
    const row = [];
    for (let c = 0; c < side; c++) row.push(pick());
    board.push(row);
  }
  const pathWord = (length) => {
    let r = Math.floor(rng() * side), c = Math.floor(rng() * side);
    const seen = new Set([r * side + c]);
    let w = board[r][c];
    while (w.length < length) {
      const options = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]].filter(
        ([a, b]) => a >= 0 && a < side && b >= 0 && b < side && !seen.has(a * side + b),
      );
      if (options.length === 0) break;
      [r, c] = options[Math.floor(rng() * options.length)];
      seen.add(r * side + c);
      w += board[r][c];
    }
    return w;
  };
  // Distinct words: a word is kept the first time it comes up; a numbered tail of letters breaks repeats.
  const words = [];
  const seen = new Set();
  for (let i = 0; words.length < n; i++) {
    const length = 1 + Math.floor(rng() * 10);
    let w;
    if (rng() < 0.5) {
      w = pathWord(length);
    } else {
      w = "";
      for (let j = 0; j < length; j++) w += pick();
    }
    if (seen.has(w)) {
      if (i < 20 * n) continue;
      w = tail(words.length);
    }
    seen.add(w);
    words.push(w);
  }
  return [board, words];
}

// A distinct filler word for index i ("z", "yz", ...): letters outside the board's alphabet.
function tail(i) {
  let w = "";
  do {
    w += "uvwxyz"[i % 6];
    i = Math.floor(i / 6);
  } while (i > 0 && w.length < 10);
  return w;
}
