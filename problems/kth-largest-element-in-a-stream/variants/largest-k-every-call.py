class KthLargest:
    # Keep every value and pick the k largest again on each add: O(n log k) per call.

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.values = list(nums)

    def add(self, val: int) -> int:
        self.values.append(val)
        return heapq.nlargest(self.k, self.values)[-1]
