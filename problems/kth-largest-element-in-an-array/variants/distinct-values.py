class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Sort the distinct values from largest down and take the kth.
        return sorted(set(nums), reverse=True)[k - 1]
