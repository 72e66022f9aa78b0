class MinStack {
    // Each entry remembers the smallest value at or below it, so every operation is O(1).
    private final Deque<int[]> items = new ArrayDeque<>(); // {value, minimum of this entry and everything below it}

    public MinStack() {}

    public void push(int val) {
        int smallest = items.isEmpty() ? val : Math.min(val, items.peek()[1]);
        items.push(new int[] {val, smallest});
    }

    public void pop() {
        items.pop();
    }

    public int top() {
        return items.peek()[0];
    }

    public int getMin() {
        return items.peek()[1];
    }
}
