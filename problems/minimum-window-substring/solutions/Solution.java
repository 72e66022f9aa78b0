class Solution {
    public String minWindow(String s, String t) {
        // Sliding window: grow right until the window covers t, then shrink left while it still does.
        int[] need = new int[128];
        for (char c : t.toCharArray()) need[c]++;
        int missing = t.length(); // letters of t the window still lacks, counted with multiplicity
        int bestStart = 0, bestLen = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLen) {
                    bestStart = left;
                    bestLen = right - left + 1;
                }
                if (++need[s.charAt(left)] > 0) missing++;
                left++;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
