class KthLargest {
    // A min-heap of the k largest values seen so far: its top is the kth largest.

    /**
     * @param {number} k
     * @param {number[]} nums
     */
    constructor(k, nums) {
        this.k = k;
        this.heap = [];
        for (const v of nums) this.add(v);
    }

    /**
     * @param {number} val
     * @return {number}
     */
    add(val) {
        const h = this.heap;
        if (h.length < this.k) {
            h.push(val);
            this.siftUp(h.length - 1);
        } else if (val > h[0]) {
            h[0] = val;
            this.siftDown(0);
        }
        return h[0];
    }

    siftUp(i) {
        const h = this.heap;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (h[parent] <= h[i]) break;
            [h[parent], h[i]] = [h[i], h[parent]];
            i = parent;
        }
    }

    siftDown(i) {
        const h = this.heap;
        for (;;) {
            let smallest = i;
            const l = 2 * i + 1, r = l + 1;
            if (l < h.length && h[l] < h[smallest]) smallest = l;
            if (r < h.length && h[r] < h[smallest]) smallest = r;
            if (smallest === i) return;
            [h[smallest], h[i]] = [h[i], h[smallest]];
            i = smallest;
        }
    }
}
