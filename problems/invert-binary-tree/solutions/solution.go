func invertTree(root *TreeNode) *TreeNode {
    // Swap the children of every node; the subtrees are mirrored the same way.
    if root == nil {
        return nil
    }
    root.Left, root.Right = invertTree(root.Right), invertTree(root.Left)
    return root
}
