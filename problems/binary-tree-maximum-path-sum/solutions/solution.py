class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Post-order: each node hands its parent its best downward path and tries the path turning at it.
        best = root.val

        def gain(node: Optional[TreeNode]) -> int:
            nonlocal best
            if node is None:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
