/**
 * @param {number[]} height
 * @return {number}
 */
var maxArea = function(height) {
    // Two pointers from the ends; the shorter line can never do better with a narrower partner, so move it.
    let i = 0, j = height.length - 1;
    let best = 0;
    while (i < j) {
        if (height[i] < height[j]) {
            best = Math.max(best, (j - i) * height[i]);
            i++;
        } else {
            best = Math.max(best, (j - i) * height[j]);
            j--;
        }
    }
    return best;
};
