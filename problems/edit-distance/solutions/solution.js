/**
 * @param {string} word1
 * @param {string} word2
 * @return {number}
 */
var minDistance = function(word1, word2) {
    // dp[i][j] = edits turning word1[:i] into word2[:j], kept one row at a time. O(m * n).
    const n = word2.length;
    let previous = Array.from({ length: n + 1 }, (_, j) => j); // row 0: j inserts
    for (let i = 1; i <= word1.length; i++) {
        const current = new Array(n + 1).fill(0);
        current[0] = i; // column 0: delete all i letters
        for (let j = 1; j <= n; j++) {
            current[j] = word1[i - 1] === word2[j - 1]
                ? previous[j - 1]
                : 1 + Math.min(previous[j - 1], previous[j], current[j - 1]);
        }
        previous = current;
    }
    return previous[n];
};
