class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        // Sliding window [left, i]; jump left past the previous copy of s[i] when it is inside the window.
        unordered_map<char, int> lastSeen;
        int left = 0, best = 0;
        for (int i = 0; i < (int)s.size(); i++) {
            auto it = lastSeen.find(s[i]);
            if (it != lastSeen.end() && it->second >= left) left = it->second + 1;
            lastSeen[s[i]] = i;
            best = max(best, i - left + 1);
        }
        return best;
    }
};
