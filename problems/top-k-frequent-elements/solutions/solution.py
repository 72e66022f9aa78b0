class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Bucket sort by frequency: bucket c holds the values seen exactly c times. O(n).
        count = Counter(nums)
        buckets = [[] for _ in range(len(nums) + 1)]
        for value, c in count.items():
            buckets[c].append(value)
        answer = []
        for c in range(len(nums), 0, -1):
            for value in buckets[c]:
                answer.append(value)
                if len(answer) == k:
                    return answer
        return answer
