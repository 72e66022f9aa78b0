/**
 * @param {TreeNode} root
 * @return {TreeNode}
 */
var invertTree = function(root) {
    // Swap the children of every node; the subtrees are mirrored the same way.
    if (root === null) return null;
    const left = root.left;
    root.left = invertTree(root.right);
    root.right = invertTree(left);
    return root;
};
