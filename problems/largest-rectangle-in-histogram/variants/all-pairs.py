class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Try every left edge and extend right, tracking the lowest bar so far.
        best = 0
        n = len(heights)
        for i in range(n):
            low = heights[i]
            for j in range(i, n):
                low = min(low, heights[j])
                best = max(best, low * (j - i + 1))
        return best
