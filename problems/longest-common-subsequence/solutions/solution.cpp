class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        // dp over prefixes, one row at a time: a match extends the diagonal, else take the better neighbour.
        if (text1.size() < text2.size()) swap(text1, text2);
        int n = text2.size();
        vector<int> previous(n + 1, 0), current(n + 1, 0);
        for (char ch : text1) {
            for (int j = 0; j < n; j++) {
                current[j + 1] = ch == text2[j] ? previous[j] + 1 : max(previous[j + 1], current[j]);
            }
            swap(previous, current);
        }
        return previous[n];
    }
};
