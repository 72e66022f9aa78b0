func generateParenthesis(n int) []string {
    // Backtracking: add "(" while some are left, and ")" only while it has an open "(" to close.
    result := []string{}
    path := make([]byte, 0, 2*n)
    var build func(opened, closed int)
    build = func(opened, closed int) {
        if closed == n {
            result = append(result, string(path))
            return
        }
        if opened < n {
            path = append(path, '(')
            build(opened+1, closed)
            path = path[:len(path)-1]
        }
        if closed < opened {
            path = append(path, ')')
            build(opened, closed+1)
            path = path[:len(path)-1]
        }
    }
    build(0, 0)
    return result
}
