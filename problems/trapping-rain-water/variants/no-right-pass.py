class Solution:
    def trap(self, height: List[int]) -> int:
        # Walk left to right; a pool is complete when a wall at least as tall as the last one arrives.
        water = 0
        wall = 0
        pending = 0
        for h in height:
            if h >= wall:
                water += pending
                pending = 0
                wall = h
            else:
                pending += wall - h
        return water
