class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # A tree is one level deeper than the deeper of its two subtrees; an empty tree has depth 0.
        if root is None:
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
