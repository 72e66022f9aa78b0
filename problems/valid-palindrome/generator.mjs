// n = s.length; a palindrome of letters and digits with random case and punctuation mixed in, mismatched in the middle half of the time.
export const maxN = 200000;

const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const OTHER = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

export function generate(n, rng) {
  const pick = (chars) => chars[Math.floor(rng() * chars.length)];
  const chars = new Array(n);
  for (let i = 0, j = n - 1; i <= j; i++, j--) {
    if (rng() < 0.2) {
      // Punctuation on both sides keeps the kept characters mirrored.
      chars[i] = pick(OTHER);
      chars[j] = pick(OTHER);
    } else {
      const c = pick(ALNUM);
      chars[i] = rng() < 0.5 ? c.toUpperCase() : c;
      chars[j] = rng() < 0.5 ? c.toUpperCase() : c;
    }
  }
  if (n >= 2 && rng() < 0.5) {
    const mid = Math.floor(n / 2);
    chars[mid] = chars[mid].toLowerCase() === "q" ? "7" : "q";
  }
  return [chars.join("")];
}
