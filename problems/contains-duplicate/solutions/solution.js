/**
 * @param {number[]} nums
 * @return {boolean}
 */
var containsDuplicate = function(nums) {
    // Remember every value seen so far; meeting one of them again is a repeat.
    const seen = new Set();
    for (const value of nums) {
        if (seen.has(value)) return true;
        seen.add(value);
    }
    return false;
};
