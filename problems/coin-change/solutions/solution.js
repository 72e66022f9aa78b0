/**
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
var coinChange = function(coins, amount) {
    // Bottom-up: fewest[a] = 1 + min(fewest[a - c]) over the coins c <= a. O(len(coins) * amount).
    const unreachable = amount + 1;
    const fewest = new Array(amount + 1).fill(unreachable);
    fewest[0] = 0;
    for (let a = 1; a <= amount; a++) {
        for (const c of coins) {
            if (c <= a && fewest[a - c] + 1 < fewest[a]) fewest[a] = fewest[a - c] + 1;
        }
    }
    return fewest[amount] <= amount ? fewest[amount] : -1;
};
