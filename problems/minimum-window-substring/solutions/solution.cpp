class Solution {
public:
    string minWindow(string s, string t) {
        // Sliding window: grow right until the window covers t, then shrink left while it still does.
        vector<int> need(128, 0);
        for (char c : t) need[c]++;
        int missing = t.size();  // letters of t the window still lacks, counted with multiplicity
        int bestStart = 0, bestLen = INT_MAX;
        int left = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            if (need[s[right]]-- > 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLen) {
                    bestStart = left;
                    bestLen = right - left + 1;
                }
                if (++need[s[left]] > 0) missing++;
                left++;
            }
        }
        return bestLen == INT_MAX ? "" : s.substr(bestStart, bestLen);
    }
};
