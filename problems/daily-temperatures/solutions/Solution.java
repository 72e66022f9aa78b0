class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        // Monotonic stack of days still waiting; a warmer day answers them from the top down.
        int n = temperatures.length;
        int[] answer = new int[n];
        int[] waiting = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            while (size > 0 && temperatures[waiting[size - 1]] < temperatures[i]) {
                int j = waiting[--size];
                answer[j] = i - j;
            }
            waiting[size++] = i;
        }
        return answer;
    }
}
