class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        // Remember every value seen so far; meeting one of them again is a repeat.
        unordered_set<int> seen;
        seen.reserve(nums.size());
        for (int value : nums) {
            if (!seen.insert(value).second) return true;
        }
        return false;
    }
};
