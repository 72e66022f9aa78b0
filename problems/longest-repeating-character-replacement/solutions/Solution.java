class Solution {
    public int characterReplacement(String s, int k) {
        // Sliding window: it is valid while its length minus its most common letter's count is at most k.
        int[] counts = new int[26];
        int left = 0, maxCount = 0, best = 0;
        for (int right = 0; right < s.length(); right++) {
            int c = s.charAt(right) - 'A';
            counts[c]++;
            maxCount = Math.max(maxCount, counts[c]);
            if (right - left + 1 - maxCount > k) {
                counts[s.charAt(left) - 'A']--;
                left++;
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
