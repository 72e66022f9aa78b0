class Solution {
public:
    int minDistance(string word1, string word2) {
        // dp[i][j] = edits turning word1[:i] into word2[:j], kept one row at a time. O(m * n).
        int m = word1.size(), n = word2.size();
        vector<int> previous(n + 1), current(n + 1);
        for (int j = 0; j <= n; j++) previous[j] = j;  // row 0: j inserts
        for (int i = 1; i <= m; i++) {
            current[0] = i;  // column 0: delete all i letters
            for (int j = 1; j <= n; j++) {
                if (word1[i - 1] == word2[j - 1]) {
                    current[j] = previous[j - 1];
                } else {
                    current[j] = 1 + min({previous[j - 1], previous[j], current[j - 1]});
                }
            }
            swap(previous, current);
        }
        return previous[n];
    }
};
