/**
 * @param {string} s
 * @param {number} k
 * @return {number}
 */
var characterReplacement = function(s, k) {
    // Sliding window: it is valid while its length minus its most common letter's count is at most k.
    const counts = new Array(26).fill(0);
    let left = 0, maxCount = 0, best = 0;
    for (let right = 0; right < s.length; right++) {
        const c = s.charCodeAt(right) - 65;
        counts[c]++;
        maxCount = Math.max(maxCount, counts[c]);
        if (right - left + 1 - maxCount > k) {
            counts[s.charCodeAt(left) - 65]--;
            left++;
        }
        best = Math.max(best, right - left + 1);
    }
    return best;
};
