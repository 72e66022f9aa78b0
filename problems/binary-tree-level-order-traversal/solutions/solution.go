func levelOrder(root *TreeNode) [][]int {
    // Breadth-first, one level at a time: the children of the current level form the next one.
    levels := [][]int{}
    current := []*TreeNode{}
    if root != nil {
        current = append(current, root)
    }
    for len(current) > 0 {
        level := make([]int, 0, len(current))
        next := []*TreeNode{}
        for _, node := range current {
            level = append(level, node.Val)
            if node.Left != nil {
                next = append(next, node.Left)
            }
            if node.Right != nil {
                next = append(next, node.Right)
            }
        }
        levels = append(levels, level)
        current = next
    }
    return levels
}
