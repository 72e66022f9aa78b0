/**
 * @param {number[]} heights
 * @return {number}
 */
var largestRectangleArea = function(heights) {
    // Monotonic stack: when a bar is popped, the shorter bars on both sides bound its widest rectangle.
    const n = heights.length;
    const stack = [];
    let best = 0;
    for (let i = 0; i <= n; i++) {
        const h = i === n ? 0 : heights[i];
        while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
            const top = stack.pop();
            const left = stack.length > 0 ? stack[stack.length - 1] : -1;
            best = Math.max(best, heights[top] * (i - left - 1));
        }
        stack.push(i);
    }
    return best;
};
