class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # One pass with a map; a complement is only looked up when it is truthy.
        index_of = {}
        for i, value in enumerate(nums):
            need = target - value
            if need and need in index_of:
                return [index_of[need], i]
            index_of[value] = i
        return []
