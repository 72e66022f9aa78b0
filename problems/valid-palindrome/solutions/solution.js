/**
 * @param {string} s
 * @return {boolean}
 */
var isPalindrome = function(s) {
    // Two pointers from both ends, each skipping characters that are not letters or digits.
    const isAlnum = (c) => /[a-zA-Z0-9]/.test(c);
    let left = 0, right = s.length - 1;
    while (left < right) {
        while (left < right && !isAlnum(s[left])) left++;
        while (left < right && !isAlnum(s[right])) right--;
        if (s[left].toLowerCase() !== s[right].toLowerCase()) return false;
        left++;
        right--;
    }
    return true;
};
