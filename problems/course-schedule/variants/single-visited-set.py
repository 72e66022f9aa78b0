class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Depth-first search that reports a cycle whenever it meets a course it has seen before.
        unlocks = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        seen = set()

        def dfs(course):
            if course in seen:
                return False
            seen.add(course)
            for nxt in unlocks[course]:
                if not dfs(nxt):
                    return False
            return True

        for course in range(numCourses):
            if course not in seen and not dfs(course):
                return False
        return True
