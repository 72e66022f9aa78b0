class Solution {
    public TreeNode invertTree(TreeNode root) {
        // Swap the children of every node; the subtrees are mirrored the same way.
        if (root == null) return null;
        TreeNode left = root.left;
        root.left = invertTree(root.right);
        root.right = invertTree(left);
        return root;
    }
}
