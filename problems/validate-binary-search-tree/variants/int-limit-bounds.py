class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Every node must lie strictly between the bounds set by its ancestors.
        def check(node: Optional[TreeNode], low: int, high: int) -> bool:
            if node is None:
                return True
            if not (low < node.val < high):
                return False
            return check(node.left, low, node.val) and check(node.right, node.val, high)

        return check(root, -2**31, 2**31 - 1)
