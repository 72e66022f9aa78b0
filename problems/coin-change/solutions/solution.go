func coinChange(coins []int, amount int) int {
    // Bottom-up: fewest[a] = 1 + min(fewest[a - c]) over the coins c <= a. O(len(coins) * amount).
    unreachable := amount + 1
    fewest := make([]int, amount+1)
    for a := 1; a <= amount; a++ {
        fewest[a] = unreachable
        for _, c := range coins {
            if c <= a && fewest[a-c]+1 < fewest[a] {
                fewest[a] = fewest[a-c] + 1
            }
        }
    }
    if fewest[amount] > amount {
        return -1
    }
    return fewest[amount]
}
