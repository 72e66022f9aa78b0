/**
 * @param {string} s
 * @param {string} t
 * @return {string}
 */
var minWindow = function(s, t) {
    // Sliding window: grow right until the window covers t, then shrink left while it still does.
    const need = new Int32Array(128);
    for (let i = 0; i < t.length; i++) need[t.charCodeAt(i)]++;
    let missing = t.length; // letters of t the window still lacks, counted with multiplicity
    let bestStart = 0, bestLen = Infinity;
    let left = 0;
    for (let right = 0; right < s.length; right++) {
        if (need[s.charCodeAt(right)]-- > 0) missing--;
        while (missing === 0) {
            if (right - left + 1 < bestLen) {
                bestStart = left;
                bestLen = right - left + 1;
            }
            if (++need[s.charCodeAt(left)] > 0) missing++;
            left++;
        }
    }
    return bestLen === Infinity ? "" : s.substring(bestStart, bestStart + bestLen);
};
