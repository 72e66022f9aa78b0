func isValidBST(root *TreeNode) bool {
    // Every node must lie strictly between the bounds set by its ancestors (nil = unbounded).
    var check func(node *TreeNode, low, high *int) bool
    check = func(node *TreeNode, low, high *int) bool {
        if node == nil {
            return true
        }
        if (low != nil && node.Val <= *low) || (high != nil && node.Val >= *high) {
            return false
        }
        return check(node.Left, low, &node.Val) && check(node.Right, &node.Val, high)
    }
    return check(root, nil, nil)
}
