class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # One pass with a map; a value larger than target is skipped since it "cannot be part of the sum".
        index_of = {}
        for i, value in enumerate(nums):
            if value > target:
                continue
            j = index_of.get(target - value)
            if j is not None:
                return [j, i]
            index_of[value] = i
        return []
