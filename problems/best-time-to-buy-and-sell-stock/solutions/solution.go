func maxProfit(prices []int) int {
    // The best sale on each day buys at the cheapest price seen before it.
    lowest := prices[0]
    best := 0
    for _, price := range prices {
        if price-lowest > best {
            best = price - lowest
        }
        if price < lowest {
            lowest = price
        }
    }
    return best
}
