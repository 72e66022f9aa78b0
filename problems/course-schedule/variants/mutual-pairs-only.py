class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Looks for two courses that require each other.
        pairs = {(course, before) for course, before in prerequisites}
        for course, before in prerequisites:
            if (before, course) in pairs:
                return False
        return True
