func longestCommonSubsequence(text1 string, text2 string) int {
    // dp over prefixes, one row at a time: a match extends the diagonal, else take the better neighbour.
    if len(text1) < len(text2) {
        text1, text2 = text2, text1
    }
    n := len(text2)
    previous := make([]int, n+1)
    current := make([]int, n+1)
    for i := 0; i < len(text1); i++ {
        for j := 0; j < n; j++ {
            if text1[i] == text2[j] {
                current[j+1] = previous[j] + 1
            } else {
                current[j+1] = max(previous[j+1], current[j])
            }
        }
        previous, current = current, previous
    }
    return previous[n]
}
