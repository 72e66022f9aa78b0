func climbStairs(n int) int {
    // ways(i) = ways(i - 1) + ways(i - 2): keep only the last two values.
    previous, current := 1, 1 // ways(0), ways(1)
    for i := 1; i < n; i++ {
        previous, current = current, previous+current
    }
    return current
}
