class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Quickselect: split around a random pivot and keep only the part that holds the answer.
        while True:
            pivot = random.choice(nums)
            greater = [x for x in nums if x > pivot]
            if k <= len(greater):
                nums = greater
                continue
            equal = nums.count(pivot)
            if k <= len(greater) + equal:
                return pivot
            k -= len(greater) + equal
            nums = [x for x in nums if x < pivot]
