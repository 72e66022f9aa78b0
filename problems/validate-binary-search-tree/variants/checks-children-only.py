class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Each node must be larger than its left child and smaller than its right child.
        if root is None:
            return True
        if root.left and root.left.val >= root.val:
            return False
        if root.right and root.right.val <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
