class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Greedy: track the farthest index reachable so far; fail if we ever stand beyond it.
        if nums[0] == 0:
            return False
        farthest = 0
        for i, jump in enumerate(nums):
            if i > farthest:
                return False
            farthest = max(farthest, i + jump)
        return True
