class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        // Bucket sort by frequency: bucket c holds the values seen exactly c times. O(n).
        Map<Integer, Integer> count = new HashMap<>();
        for (int v : nums) count.merge(v, 1, Integer::sum);
        List<List<Integer>> buckets = new ArrayList<>();
        for (int c = 0; c <= nums.length; c++) buckets.add(new ArrayList<>());
        for (Map.Entry<Integer, Integer> e : count.entrySet()) buckets.get(e.getValue()).add(e.getKey());
        int[] answer = new int[k];
        int n = 0;
        for (int c = nums.length; c > 0 && n < k; c--) {
            for (int v : buckets.get(c)) {
                if (n == k) break;
                answer[n++] = v;
            }
        }
        return answer;
    }
}
