func lengthOfLongestSubstring(s string) int {
    // Sliding window [left, i]; jump left past the previous copy of s[i] when it is inside the window.
    lastSeen := map[rune]int{}
    left, best, i := 0, 0, 0
    for _, ch := range s {
        if j, ok := lastSeen[ch]; ok && j >= left {
            left = j + 1
        }
        lastSeen[ch] = i
        best = max(best, i-left+1)
        i++
    }
    return best
}
