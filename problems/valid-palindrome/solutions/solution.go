func isPalindrome(s string) bool {
    // Two pointers from both ends, each skipping characters that are not letters or digits.
    isAlnum := func(c byte) bool {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
    }
    lower := func(c byte) byte {
        if c >= 'A' && c <= 'Z' {
            return c + 'a' - 'A'
        }
        return c
    }
    left, right := 0, len(s)-1
    for left < right {
        for left < right && !isAlnum(s[left]) {
            left++
        }
        for left < right && !isAlnum(s[right]) {
            right--
        }
        if lower(s[left]) != lower(s[right]) {
            return false
        }
        left++
        right--
    }
    return true
}
