class Solution {
public:
    int characterReplacement(string s, int k) {
        // Sliding window: it is valid while its length minus its most common letter's count is at most k.
        int counts[26] = {0};
        int left = 0, maxCount = 0, best = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            int c = s[right] - 'A';
            counts[c]++;
            maxCount = max(maxCount, counts[c]);
            if (right - left + 1 - maxCount > k) {
                counts[s[left] - 'A']--;
                left++;
            }
            best = max(best, right - left + 1);
        }
        return best;
    }
};
