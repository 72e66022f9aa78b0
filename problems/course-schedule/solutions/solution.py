class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Kahn's algorithm: keep taking courses whose prerequisites are all done; a cycle leaves some untaken.
        unlocks = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for course, before in prerequisites:
            unlocks[before].append(course)
            missing[course] += 1
        ready = [c for c in range(numCourses) if missing[c] == 0]
        taken = 0
        while ready:
            course = ready.pop()
            taken += 1
            for nxt in unlocks[course]:
                missing[nxt] -= 1
                if missing[nxt] == 0:
                    ready.append(nxt)
        return taken == numCourses
