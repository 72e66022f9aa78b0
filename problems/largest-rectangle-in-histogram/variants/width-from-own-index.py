class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Monotonic stack: a popped bar's rectangle runs from its index up to the shorter bar that popped it.
        stack = []
        best = 0
        for i, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= h:
                top = stack.pop()
                best = max(best, heights[top] * (i - top))
            stack.append(i)
        return best
