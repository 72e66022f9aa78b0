class Solution {
public:
    int maxDepth(TreeNode* root) {
        // A tree is one level deeper than the deeper of its two subtrees; an empty tree has depth 0.
        if (root == nullptr) return 0;
        return 1 + max(maxDepth(root->left), maxDepth(root->right));
    }
};
