class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Add intervals one by one, absorbing every group found so far that overlaps the new one.
        groups = []
        for start, end in intervals:
            kept = []
            for g_start, g_end in groups:
                if g_start <= end and start <= g_end:
                    start, end = min(start, g_start), max(end, g_end)
                else:
                    kept.append([g_start, g_end])
            kept.append([start, end])
            groups = kept
        return sorted(groups)
