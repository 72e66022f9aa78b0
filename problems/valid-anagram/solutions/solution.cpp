class Solution {
public:
    bool isAnagram(string s, string t) {
        // Same length and the same count of every letter: add for s, subtract for t, expect all zeros.
        if (s.size() != t.size()) return false;
        int counts[26] = {0};
        for (size_t i = 0; i < s.size(); i++) {
            counts[s[i] - 'a']++;
            counts[t[i] - 'a']--;
        }
        for (int c : counts) {
            if (c != 0) return false;
        }
        return true;
    }
};
