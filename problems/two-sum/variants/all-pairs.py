class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Check every pair of positions: correct, but O(n^2).
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
