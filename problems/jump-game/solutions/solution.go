func canJump(nums []int) bool {
    // Greedy: track the farthest index reachable so far; fail if we ever stand beyond it.
    farthest := 0
    for i, jump := range nums {
        if i > farthest {
            return false
        }
        if i+jump > farthest {
            farthest = i + jump
        }
    }
    return true
}
