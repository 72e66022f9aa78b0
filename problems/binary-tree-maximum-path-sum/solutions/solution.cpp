class Solution {
public:
    int maxPathSum(TreeNode* root) {
        // Post-order: each node hands its parent its best downward path and tries the path turning at it.
        int best = root->val;
        gain(root, best);
        return best;
    }

private:
    int gain(TreeNode* node, int& best) {
        if (node == nullptr) return 0;
        int left = max(gain(node->left, best), 0);
        int right = max(gain(node->right, best), 0);
        best = max(best, node->val + left + right);
        return node->val + max(left, right);
    }
};
