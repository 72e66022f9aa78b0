/**
 * @param {number} n
 * @return {string[]}
 */
var generateParenthesis = function(n) {
    // Backtracking: add "(" while some are left, and ")" only while it has an open "(" to close.
    const result = [];
    const path = [];
    const build = (opened, closed) => {
        if (closed === n) {
            result.push(path.join(""));
            return;
        }
        if (opened < n) {
            path.push("(");
            build(opened + 1, closed);
            path.pop();
        }
        if (closed < opened) {
            path.push(")");
            build(opened, closed + 1);
            path.pop();
        }
    };
    build(0, 0);
    return result;
};
