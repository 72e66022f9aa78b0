class Solution {
    public int[] twoSum(int[] nums, int target) {
        // One pass: for each value, the partner it needs may already be in the map.
        Map<Integer, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = indexOf.get(target - nums[i]);
            if (j != null) return new int[] {j, i};
            indexOf.put(nums[i], i);
        }
        return new int[0];
    }
}
