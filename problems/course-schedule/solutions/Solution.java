class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        // Kahn's algorithm: keep taking courses whose prerequisites are all done; a cycle leaves some untaken.
        List<List<Integer>> unlocks = new ArrayList<>();
        for (int c = 0; c < numCourses; c++) unlocks.add(new ArrayList<>());
        int[] missing = new int[numCourses];
        for (int[] p : prerequisites) {
            unlocks.get(p[1]).add(p[0]);
            missing[p[0]]++;
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int c = 0; c < numCourses; c++) if (missing[c] == 0) ready.push(c);
        int taken = 0;
        while (!ready.isEmpty()) {
            int course = ready.pop();
            taken++;
            for (int next : unlocks.get(course)) {
                if (--missing[next] == 0) ready.push(next);
            }
        }
        return taken == numCourses;
    }
}
