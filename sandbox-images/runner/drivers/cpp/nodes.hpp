// ListNode and TreeNode as LeetCode defines them, unless the candidate's code defines its own
// (compile.py then defines IC_USER_LISTNODE / IC_USER_TREENODE). Kept out of prelude.hpp so the
// prelude can be precompiled once for every solution.

#ifndef IC_USER_LISTNODE
struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};
#endif

#ifndef IC_USER_TREENODE
struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};
#endif
