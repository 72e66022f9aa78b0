/**
 * @param {number} n
 * @return {number}
 */
var hammingWeight = function(n) {
    // n & (n - 1) clears the lowest set bit: one round per set bit.
    let count = 0;
    while (n !== 0) {
        n &= n - 1;
        count++;
    }
    return count;
};
