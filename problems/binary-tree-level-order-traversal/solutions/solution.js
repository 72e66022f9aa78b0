/**
 * @param {TreeNode} root
 * @return {number[][]}
 */
var levelOrder = function(root) {
    // Breadth-first, one level at a time: the children of the current level form the next one.
    const levels = [];
    let current = root === null ? [] : [root];
    while (current.length > 0) {
        levels.push(current.map((node) => node.val));
        const next = [];
        for (const node of current) {
            if (node.left !== null) next.push(node.left);
            if (node.right !== null) next.push(node.right);
        }
        current = next;
    }
    return levels;
};
