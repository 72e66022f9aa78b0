func minWindow(s string, t string) string {
    // Sliding window: grow right until the window covers t, then shrink left while it still does.
    var need [128]int
    for i := 0; i < len(t); i++ {
        need[t[i]]++
    }
    missing := len(t) // letters of t the window still lacks, counted with multiplicity
    bestStart, bestLen := 0, len(s)+1
    left := 0
    for right := 0; right < len(s); right++ {
        if need[s[right]] > 0 {
            missing--
        }
        need[s[right]]--
        for missing == 0 {
            if right-left+1 < bestLen {
                bestStart, bestLen = left, right-left+1
            }
            need[s[left]]++
            if need[s[left]] > 0 {
                missing++
            }
            left++
        }
    }
    if bestLen > len(s) {
        return ""
    }
    return s[bestStart : bestStart+bestLen]
}
