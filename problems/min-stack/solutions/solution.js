class MinStack {
    // Each entry remembers the minimum of itself and everything below it.
    constructor() {
        this.values = [];
        this.mins = [];
    }

    /**
     * @param {number} val
     * @return {void}
     */
    push(val) {
        this.values.push(val);
        this.mins.push(this.mins.length === 0 ? val : Math.min(val, this.mins[this.mins.length - 1]));
    }

    /**
     * @return {void}
     */
    pop() {
        this.values.pop();
        this.mins.pop();
    }

    /**
     * @return {number}
     */
    top() {
        return this.values[this.values.length - 1];
    }

    /**
     * @return {number}
     */
    getMin() {
        return this.mins[this.mins.length - 1];
    }
}
