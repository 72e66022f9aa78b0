class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Keep the k best values in a heap and return the last one kept.
        return heapq.nsmallest(k, nums)[-1]
