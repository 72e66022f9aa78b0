class KthLargest:
    # A min-heap of the k largest values; each add swaps in the new value if it beats the top.

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = list(nums)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        heapq.heappushpop(self.heap, val)
        return self.heap[0]
