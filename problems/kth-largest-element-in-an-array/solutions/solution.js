/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    // Quickselect: three-way partition (larger first) around a random pivot, then keep one side.
    const target = k - 1;
    let lo = 0, hi = nums.length - 1;
    for (;;) {
        const pivot = nums[lo + Math.floor(Math.random() * (hi - lo + 1))];
        let lt = lo, i = lo, gt = hi; // [lo, lt) > pivot, [lt, i) == pivot, (gt, hi] < pivot
        while (i <= gt) {
            if (nums[i] > pivot) {
                [nums[lt], nums[i]] = [nums[i], nums[lt]];
                lt++;
                i++;
            } else if (nums[i] < pivot) {
                [nums[gt], nums[i]] = [nums[i], nums[gt]];
                gt--;
            } else {
                i++;
            }
        }
        if (target < lt) hi = lt - 1;
        else if (target > gt) lo = gt + 1;
        else return pivot;
    }
};
