func maxPathSum(root *TreeNode) int {
    // Post-order: each node hands its parent its best downward path and tries the path turning at it.
    best := root.Val
    var gain func(node *TreeNode) int
    gain = func(node *TreeNode) int {
        if node == nil {
            return 0
        }
        left, right := gain(node.Left), gain(node.Right)
        if left < 0 {
            left = 0
        }
        if right < 0 {
            right = 0
        }
        if turn := node.Val + left + right; turn > best {
            best = turn
        }
        if left > right {
            return node.Val + left
        }
        return node.Val + right
    }
    gain(root)
    return best
}
