func isAnagram(s string, t string) bool {
    // Same length and the same count of every letter: add for s, subtract for t, expect all zeros.
    if len(s) != len(t) {
        return false
    }
    var counts [26]int
    for i := 0; i < len(s); i++ {
        counts[s[i]-'a']++
        counts[t[i]-'a']--
    }
    for _, c := range counts {
        if c != 0 {
            return false
        }
    }
    return true
}
