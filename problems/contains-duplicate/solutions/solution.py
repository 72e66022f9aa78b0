class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # Remember every value seen so far; meeting one of them again is a repeat.
        seen = set()
        for value in nums:
            if value in seen:
                return True
            seen.add(value)
        return False
