/**
 * @param {number[]} nums1
 * @param {number[]} nums2
 * @return {number}
 */
var findMedianSortedArrays = function(nums1, nums2) {
    // Binary search how many of the lower half come from the shorter list; the rest come from the other.
    const [a, b] = nums1.length <= nums2.length ? [nums1, nums2] : [nums2, nums1];
    const m = a.length, n = b.length;
    const half = (m + n + 1) >> 1;
    let lo = 0, hi = m;
    while (true) {
        const i = (lo + hi) >> 1;
        const j = half - i;
        const aLeft = i > 0 ? a[i - 1] : -Infinity;
        const aRight = i < m ? a[i] : Infinity;
        const bLeft = j > 0 ? b[j - 1] : -Infinity;
        const bRight = j < n ? b[j] : Infinity;
        if (aLeft > bRight) hi = i - 1;
        else if (bLeft > aRight) lo = i + 1;
        else {
            const leftMax = Math.max(aLeft, bLeft);
            if ((m + n) % 2 === 1) return leftMax;
            return (leftMax + Math.min(aRight, bRight)) / 2;
        }
    }
};
