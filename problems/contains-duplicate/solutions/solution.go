func containsDuplicate(nums []int) bool {
    // Remember every value seen so far; meeting one of them again is a repeat.
    seen := make(map[int]struct{}, len(nums))
    for _, value := range nums {
        if _, ok := seen[value]; ok {
            return true
        }
        seen[value] = struct{}{}
    }
    return false
}
