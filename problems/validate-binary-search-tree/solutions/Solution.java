class Solution {
    public boolean isValidBST(TreeNode root) {
        // Every node must lie strictly between the bounds set by its ancestors (64-bit, so no
        // node value can equal the starting bounds).
        return check(root, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private boolean check(TreeNode node, long low, long high) {
        if (node == null) return true;
        if (node.val <= low || node.val >= high) return false;
        return check(node.left, low, node.val) && check(node.right, node.val, high);
    }
}
