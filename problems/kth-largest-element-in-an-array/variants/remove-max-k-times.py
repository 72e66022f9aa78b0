class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Take out the current maximum k - 1 times; the maximum left is the answer. O(n * k).
        rest = list(nums)
        for _ in range(k - 1):
            rest.remove(max(rest))
        return max(rest)
