func twoSum(nums []int, target int) []int {
    // One pass: for each value, the partner it needs may already be in the map.
    indexOf := make(map[int]int, len(nums))
    for i, v := range nums {
        if j, ok := indexOf[target-v]; ok {
            return []int{j, i}
        }
        indexOf[v] = i
    }
    return nil
}
