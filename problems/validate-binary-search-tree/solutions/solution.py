class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Every node must lie strictly between the bounds set by its ancestors (None = unbounded).
        def check(node: Optional[TreeNode], low: Optional[int], high: Optional[int]) -> bool:
            if node is None:
                return True
            if (low is not None and node.val <= low) or (high is not None and node.val >= high):
                return False
            return check(node.left, low, node.val) and check(node.right, node.val, high)

        return check(root, None, None)
