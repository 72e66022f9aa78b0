func maxSlidingWindow(nums []int, k int) []int {
    // Monotonic deque of indices whose values decrease from front to back; the front is the window's maximum.
    window := make([]int, 0, len(nums))
    head := 0
    result := make([]int, 0, len(nums)-k+1)
    for i, value := range nums {
        for len(window) > head && nums[window[len(window)-1]] <= value {
            window = window[:len(window)-1]
        }
        window = append(window, i)
        if window[head] == i-k {
            head++
        }
        if i >= k-1 {
            result = append(result, nums[window[head]])
        }
    }
    return result
}
