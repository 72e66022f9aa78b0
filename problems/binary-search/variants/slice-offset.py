class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Recurse into the half that can still hold the target.
        if not nums:
            return -1
        mid = len(nums) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            return self.search(nums[mid + 1:], target)
        return self.search(nums[:mid], target)
