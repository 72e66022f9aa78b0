/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    // Every closer must match the most recent unmatched opener.
    const partner = { ")": "(", "]": "[", "}": "{" };
    const stack = [];
    for (const ch of s) {
        if (ch in partner) {
            if (stack.length === 0 || stack.pop() !== partner[ch]) return false;
        } else {
            stack.push(ch);
        }
    }
    return stack.length === 0;
};
