/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var topKFrequent = function(nums, k) {
    // Bucket sort by frequency: bucket c holds the values seen exactly c times. O(n).
    const count = new Map();
    for (const v of nums) count.set(v, (count.get(v) ?? 0) + 1);
    const buckets = Array.from({ length: nums.length + 1 }, () => []);
    for (const [value, c] of count) buckets[c].push(value);
    const answer = [];
    for (let c = nums.length; c > 0; c--) {
        for (const value of buckets[c]) {
            answer.push(value);
            if (answer.length === k) return answer;
        }
    }
    return answer;
};
