class MedianFinder:
    # Two heaps split the values at the middle: a max-heap for the lower half, a min-heap for the upper.

    def __init__(self):
        self.low = []  # lower half, negated so heapq's min-heap acts as a max-heap
        self.high = []  # upper half

    def addNum(self, num: int) -> None:
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
