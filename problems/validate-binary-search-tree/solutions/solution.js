/**
 * @param {TreeNode} root
 * @return {boolean}
 */
var isValidBST = function(root) {
    // Every node must lie strictly between the bounds set by its ancestors (infinite at the start).
    const check = (node, low, high) => {
        if (node === null) return true;
        if (node.val <= low || node.val >= high) return false;
        return check(node.left, low, node.val) && check(node.right, node.val, high);
    };
    return check(root, -Infinity, Infinity);
};
