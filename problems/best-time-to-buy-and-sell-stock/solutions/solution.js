/**
 * @param {number[]} prices
 * @return {number}
 */
var maxProfit = function(prices) {
    // The best sale on each day buys at the cheapest price seen before it.
    let lowest = prices[0];
    let best = 0;
    for (const price of prices) {
        best = Math.max(best, price - lowest);
        lowest = Math.min(lowest, price);
    }
    return best;
};
