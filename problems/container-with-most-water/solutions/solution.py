class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Two pointers from the ends; the shorter line can never do better with a narrower partner, so move it.
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            if height[i] < height[j]:
                best = max(best, (j - i) * height[i])
                i += 1
            else:
                best = max(best, (j - i) * height[j])
                j -= 1
        return best
