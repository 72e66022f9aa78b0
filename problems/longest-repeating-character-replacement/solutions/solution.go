func characterReplacement(s string, k int) int {
    // Sliding window: it is valid while its length minus its most common letter's count is at most k.
    var counts [26]int
    left, maxCount, best := 0, 0, 0
    for right := 0; right < len(s); right++ {
        c := s[right] - 'A'
        counts[c]++
        if counts[c] > maxCount {
            maxCount = counts[c]
        }
        if right-left+1-maxCount > k {
            counts[s[left]-'A']--
            left++
        }
        if right-left+1 > best {
            best = right - left + 1
        }
    }
    return best
}
