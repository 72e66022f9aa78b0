class Solution {
    public boolean isAnagram(String s, String t) {
        // Same length and the same count of every letter: add for s, subtract for t, expect all zeros.
        if (s.length() != t.length()) return false;
        int[] counts = new int[26];
        for (int i = 0; i < s.length(); i++) {
            counts[s.charAt(i) - 'a']++;
            counts[t.charAt(i) - 'a']--;
        }
        for (int c : counts) {
            if (c != 0) return false;
        }
        return true;
    }
}
