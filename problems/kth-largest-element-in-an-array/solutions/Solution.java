class Solution {
    public int findKthLargest(int[] nums, int k) {
        // Quickselect: three-way partition (larger first) around a random pivot, then keep one side.
        Random random = new Random();
        int target = k - 1, lo = 0, hi = nums.length - 1;
        while (true) {
            int pivot = nums[lo + random.nextInt(hi - lo + 1)];
            int lt = lo, i = lo, gt = hi; // [lo, lt) > pivot, [lt, i) == pivot, (gt, hi] < pivot
            while (i <= gt) {
                if (nums[i] > pivot) swap(nums, lt++, i++);
                else if (nums[i] < pivot) swap(nums, i, gt--);
                else i++;
            }
            if (target < lt) hi = lt - 1;
            else if (target > gt) lo = gt + 1;
            else return pivot;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
