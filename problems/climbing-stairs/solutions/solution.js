/**
 * @param {number} n
 * @return {number}
 */
var climbStairs = function(n) {
    // ways(i) = ways(i - 1) + ways(i - 2): keep only the last two values.
    let previous = 1, current = 1; // ways(0), ways(1)
    for (let i = 1; i < n; i++) {
        [previous, current] = [current, previous + current];
    }
    return current;
};
