class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // One pass: for each value, the partner it needs may already be in the map.
        unordered_map<int, int> indexOf;
        for (int i = 0; i < (int)nums.size(); i++) {
            auto it = indexOf.find(target - nums[i]);
            if (it != indexOf.end()) return {it->second, i};
            indexOf[nums[i]] = i;
        }
        return {};
    }
};
