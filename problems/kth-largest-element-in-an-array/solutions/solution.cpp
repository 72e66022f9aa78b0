class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        // Quickselect: three-way partition (larger first) around a random pivot, then keep one side.
        mt19937 rng(random_device{}());
        int target = k - 1, lo = 0, hi = (int)nums.size() - 1;
        while (true) {
            int pivot = nums[lo + (int)(rng() % (hi - lo + 1))];
            int lt = lo, i = lo, gt = hi;  // [lo, lt) > pivot, [lt, i) == pivot, (gt, hi] < pivot
            while (i <= gt) {
                if (nums[i] > pivot) swap(nums[lt++], nums[i++]);
                else if (nums[i] < pivot) swap(nums[i], nums[gt--]);
                else i++;
            }
            if (target < lt) hi = lt - 1;
            else if (target > gt) lo = gt + 1;
            else return pivot;
        }
    }
};
