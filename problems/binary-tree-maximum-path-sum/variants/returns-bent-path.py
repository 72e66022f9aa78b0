class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Post-order: each node reports the best path through it, and the parent extends that path.
        best = root.val

        def gain(node: Optional[TreeNode]) -> int:
            nonlocal best
            if node is None:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            through = node.val + left + right
            best = max(best, through)
            return through

        gain(root)
        return best
