class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Monotonic stack: when a bar is popped, the shorter bars on both sides bound its widest rectangle.
        stack = []
        best = 0
        for i, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= h:
                top = stack.pop()
                left = stack[-1] if stack else -1
                best = max(best, heights[top] * (i - left - 1))
            stack.append(i)
        return best
