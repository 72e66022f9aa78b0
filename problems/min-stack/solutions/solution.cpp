class MinStack {
    // Each entry remembers the smallest value at or below it, so every operation is O(1).
    vector<pair<int, int>> items;  // {value, minimum of this entry and everything below it}

public:
    MinStack() {}

    void push(int val) {
        int smallest = items.empty() ? val : min(val, items.back().second);
        items.push_back({val, smallest});
    }

    void pop() { items.pop_back(); }

    int top() { return items.back().first; }

    int getMin() { return items.back().second; }
};
