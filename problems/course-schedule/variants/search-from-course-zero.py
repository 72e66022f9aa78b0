class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Three-state depth-first search for a cycle, started from course 0 only.
        unlocks = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        state = [0] * numCourses  # 0 = new, 1 = on the current path, 2 = finished

        def dfs(course):
            state[course] = 1
            for nxt in unlocks[course]:
                if state[nxt] == 1:
                    return False
                if state[nxt] == 0 and not dfs(nxt):
                    return False
            state[course] = 2
            return True

        return dfs(0)
