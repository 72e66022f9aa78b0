class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        // Bucket sort by frequency: bucket c holds the values seen exactly c times. O(n).
        unordered_map<int, int> count;
        for (int v : nums) count[v]++;
        vector<vector<int>> buckets(nums.size() + 1);
        for (auto& [value, c] : count) buckets[c].push_back(value);
        vector<int> answer;
        for (int c = (int)nums.size(); c > 0 && (int)answer.size() < k; c--) {
            for (int v : buckets[c]) {
                if ((int)answer.size() == k) break;
                answer.push_back(v);
            }
        }
        return answer;
    }
};
