/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function(nums, target) {
    // One pass: for each value, the partner it needs may already be in the map.
    const indexOf = new Map();
    for (let i = 0; i < nums.length; i++) {
        const j = indexOf.get(target - nums[i]);
        if (j !== undefined) return [j, i];
        indexOf.set(nums[i], i);
    }
    return [];
};
