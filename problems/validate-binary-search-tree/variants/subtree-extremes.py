class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # For every node: the largest value on its left must be smaller, the smallest on its right larger.
        def largest(node: Optional[TreeNode]) -> float:
            if node is None:
                return float("-inf")
            return max(node.val, largest(node.left), largest(node.right))

        def smallest(node: Optional[TreeNode]) -> float:
            if node is None:
                return float("inf")
            return min(node.val, smallest(node.left), smallest(node.right))

        if root is None:
            return True
        if largest(root.left) >= root.val or smallest(root.right) <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
