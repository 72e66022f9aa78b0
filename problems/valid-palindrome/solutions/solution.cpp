class Solution {
public:
    bool isPalindrome(string s) {
        // Two pointers from both ends, each skipping characters that are not letters or digits.
        int left = 0, right = (int)s.size() - 1;
        while (left < right) {
            while (left < right && !isalnum((unsigned char)s[left])) left++;
            while (left < right && !isalnum((unsigned char)s[right])) right--;
            if (tolower((unsigned char)s[left]) != tolower((unsigned char)s[right])) return false;
            left++;
            right--;
        }
        return true;
    }
};
