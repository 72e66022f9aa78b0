class Solution {
    public boolean containsDuplicate(int[] nums) {
        // Remember every value seen so far; meeting one of them again is a repeat.
        Set<Integer> seen = new HashSet<>();
        for (int value : nums) {
            if (!seen.add(value)) return true;
        }
        return false;
    }
}
