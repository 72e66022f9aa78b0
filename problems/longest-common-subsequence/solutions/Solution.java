class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        // dp over prefixes, one row at a time: a match extends the diagonal, else take the better neighbour.
        if (text1.length() < text2.length()) {
            String t = text1;
            text1 = text2;
            text2 = t;
        }
        int n = text2.length();
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int i = 0; i < text1.length(); i++) {
            char ch = text1.charAt(i);
            for (int j = 0; j < n; j++) {
                current[j + 1] = ch == text2.charAt(j) ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[n];
    }
}
