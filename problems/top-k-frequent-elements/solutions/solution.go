func topKFrequent(nums []int, k int) []int {
    // Bucket sort by frequency: bucket c holds the values seen exactly c times. O(n).
    count := map[int]int{}
    for _, v := range nums {
        count[v]++
    }
    buckets := make([][]int, len(nums)+1)
    for value, c := range count {
        buckets[c] = append(buckets[c], value)
    }
    answer := make([]int, 0, k)
    for c := len(nums); c > 0; c-- {
        for _, value := range buckets[c] {
            answer = append(answer, value)
            if len(answer) == k {
                return answer
            }
        }
    }
    return answer
}
