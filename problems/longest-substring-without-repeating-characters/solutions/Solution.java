class Solution {
    public int lengthOfLongestSubstring(String s) {
        // Sliding window [left, i]; jump left past the previous copy of s[i] when it is inside the window.
        Map<Character, Integer> lastSeen = new HashMap<>();
        int left = 0, best = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Integer j = lastSeen.get(c);
            if (j != null && j >= left) left = j + 1;
            lastSeen.put(c, i);
            best = Math.max(best, i - left + 1);
        }
        return best;
    }
}
