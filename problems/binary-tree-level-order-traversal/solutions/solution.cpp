class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        // Breadth-first search; the queue's size at the start of a round is exactly one level.
        vector<vector<int>> levels;
        if (root == nullptr) return levels;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            int size = q.size();
            vector<int> level;
            level.reserve(size);
            for (int i = 0; i < size; i++) {
                TreeNode* node = q.front();
                q.pop();
                level.push_back(node->val);
                if (node->left != nullptr) q.push(node->left);
                if (node->right != nullptr) q.push(node->right);
            }
            levels.push_back(level);
        }
        return levels;
    }
};
