class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Monotonic stack: a bar's rectangle is measured when a shorter bar pops it.
        stack = []
        best = 0
        for i, h in enumerate(heights):
            while stack and heights[stack[-1]] >= h:
                top = stack.pop()
                left = stack[-1] if stack else -1
                best = max(best, heights[top] * (i - left - 1))
            stack.append(i)
        return best
