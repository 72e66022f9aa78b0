class Solution {
    public int minDistance(String word1, String word2) {
        // dp[i][j] = edits turning word1[:i] into word2[:j], kept one row at a time. O(m * n).
        int n = word2.length();
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) previous[j] = j; // row 0: j inserts
        for (int i = 1; i <= word1.length(); i++) {
            current[0] = i; // column 0: delete all i letters
            for (int j = 1; j <= n; j++) {
                if (word1.charAt(i - 1) == word2.charAt(j - 1)) {
                    current[j] = previous[j - 1];
                } else {
                    current[j] = 1 + Math.min(previous[j - 1], Math.min(previous[j], current[j - 1]));
                }
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[n];
    }
}
