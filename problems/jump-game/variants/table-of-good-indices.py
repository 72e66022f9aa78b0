class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Work backwards: an index is good if one of the indices it can land on is good.
        n = len(nums)
        good = [False] * n
        good[-1] = True
        for i in range(n - 2, -1, -1):
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if good[j]:
                    good[i] = True
                    break
        return good[0]
