class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Find the rotation point (the smallest element), then binary search the side that can hold target.
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if target >= nums[0]:
            lo, hi = 0, pivot - 1
        else:
            lo, hi = pivot, n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
