/**
 * @param {string} text1
 * @param {string} text2
 * @return {number}
 */
var longestCommonSubsequence = function(text1, text2) {
    // dp over prefixes, one row at a time: a match extends the diagonal, else take the better neighbour.
    if (text1.length < text2.length) [text1, text2] = [text2, text1];
    const n = text2.length;
    let previous = new Array(n + 1).fill(0);
    for (const ch of text1) {
        const current = new Array(n + 1).fill(0);
        for (let j = 0; j < n; j++) {
            current[j + 1] = ch === text2[j] ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
        }
        previous = current;
    }
    return previous[n];
};
