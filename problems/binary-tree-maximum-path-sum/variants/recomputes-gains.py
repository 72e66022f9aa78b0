class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Try every node as the path's highest point, computing the best downward path of each side anew.
        def down(node: Optional[TreeNode]) -> int:
            if node is None:
                return 0
            return node.val + max(0, down(node.left), down(node.right))

        best = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return best
