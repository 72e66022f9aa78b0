class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Scan left to right, widening the reach; standing on a 0 means we are stuck.
        farthest = 0
        for i, jump in enumerate(nums):
            farthest = max(farthest, i + jump)
            if farthest >= len(nums) - 1:
                return True
            if jump == 0:
                return False
        return True
