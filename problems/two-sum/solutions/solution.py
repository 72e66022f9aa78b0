class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # One pass: for each value, the partner it needs may already be in the map.
        index_of = {}
        for i, value in enumerate(nums):
            j = index_of.get(target - value)
            if j is not None:
                return [j, i]
            index_of[value] = i
        return []
