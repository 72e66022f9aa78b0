func dailyTemperatures(temperatures []int) []int {
    // Monotonic stack of days still waiting; a warmer day answers them from the top down.
    answer := make([]int, len(temperatures))
    waiting := []int{}
    for i, t := range temperatures {
        for len(waiting) > 0 && temperatures[waiting[len(waiting)-1]] < t {
            j := waiting[len(waiting)-1]
            waiting = waiting[:len(waiting)-1]
            answer[j] = i - j
        }
        waiting = append(waiting, i)
    }
    return answer
}
