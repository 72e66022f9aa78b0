class MedianFinder {
    // Two heaps split the values at the middle: a max-heap for the lower half, a min-heap for the upper.
    constructor() {
        this.low = new Heap((a, b) => a > b);
        this.high = new Heap((a, b) => a < b);
    }

    /**
     * @param {number} num
     * @return {void}
     */
    addNum(num) {
        this.low.push(num);
        this.high.push(this.low.pop());
        if (this.high.size() > this.low.size()) this.low.push(this.high.pop());
    }

    /**
     * @return {number}
     */
    findMedian() {
        if (this.low.size() > this.high.size()) return this.low.top();
        return (this.low.top() + this.high.top()) / 2;
    }
}

class Heap {
    // Binary heap; before(a, b) is true when a belongs nearer the top than b.
    constructor(before) {
        this.items = [];
        this.before = before;
    }

    size() {
        return this.items.length;
    }

    top() {
        return this.items[0];
    }

    push(value) {
        const a = this.items;
        a.push(value);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!this.before(a[i], a[parent])) break;
            [a[i], a[parent]] = [a[parent], a[i]];
            i = parent;
        }
    }

    pop() {
        const a = this.items;
        const first = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let best = i;
                if (l < a.length && this.before(a[l], a[best])) best = l;
                if (r < a.length && this.before(a[r], a[best])) best = r;
                if (best === i) break;
                [a[i], a[best]] = [a[best], a[i]];
                i = best;
            }
        }
        return first;
    }
}
