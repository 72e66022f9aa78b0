class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Counting sort: count each value, then walk the counts from the largest value down.
        count = [0] * (max(nums) + 1)
        for x in nums:
            count[x] += 1
        remaining = k
        for value in range(len(count) - 1, -1, -1):
            remaining -= count[value]
            if remaining <= 0:
                return value
        return -1
