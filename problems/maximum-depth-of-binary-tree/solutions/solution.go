func maxDepth(root *TreeNode) int {
    // A tree is one level deeper than the deeper of its two subtrees; an empty tree has depth 0.
    if root == nil {
        return 0
    }
    left, right := maxDepth(root.Left), maxDepth(root.Right)
    if left > right {
        return left + 1
    }
    return right + 1
}
