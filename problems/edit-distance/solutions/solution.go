func minDistance(word1 string, word2 string) int {
    // dp[i][j] = edits turning word1[:i] into word2[:j], kept one row at a time. O(m * n).
    n := len(word2)
    previous := make([]int, n+1)
    current := make([]int, n+1)
    for j := range previous {
        previous[j] = j // row 0: j inserts
    }
    for i := 1; i <= len(word1); i++ {
        current[0] = i // column 0: delete all i letters
        for j := 1; j <= n; j++ {
            if word1[i-1] == word2[j-1] {
                current[j] = previous[j-1]
            } else {
                current[j] = 1 + min(previous[j-1], previous[j], current[j-1])
            }
        }
        previous, current = current, previous
    }
    return previous[n]
}
