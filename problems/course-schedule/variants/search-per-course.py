class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # For every course, search everything it unlocks from scratch and check whether it comes back to itself.
        unlocks = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            unlocks[before].append(course)
        for start in range(numCourses):
            seen = set()
            stack = list(unlocks[start])
            while stack:
                course = stack.pop()
                if course == start:
                    return False
                if course not in seen:
                    seen.add(course)
                    stack.extend(unlocks[course])
        return True
