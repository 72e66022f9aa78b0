/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    // Sliding window [left, i]; jump left past the previous copy of s[i] when it is inside the window.
    const lastSeen = new Map();
    let left = 0;
    let best = 0;
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        const seen = lastSeen.get(ch);
        if (seen !== undefined && seen >= left) left = seen + 1;
        lastSeen.set(ch, i);
        best = Math.max(best, i - left + 1);
    }
    return best;
};
