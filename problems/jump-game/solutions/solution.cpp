class Solution {
public:
    bool canJump(vector<int>& nums) {
        // Greedy: track the farthest index reachable so far; fail if we ever stand beyond it.
        int farthest = 0;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (i > farthest) return false;
            farthest = max(farthest, i + nums[i]);
        }
        return true;
    }
};
