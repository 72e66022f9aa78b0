class Solution {
public:
    vector<string> generateParenthesis(int n) {
        // Backtracking: add "(" while some are left, and ")" only while it has an open "(" to close.
        vector<string> result;
        string path;
        build(n, 0, 0, path, result);
        return result;
    }

private:
    void build(int n, int opened, int closed, string& path, vector<string>& result) {
        if (closed == n) {
            result.push_back(path);
            return;
        }
        if (opened < n) {
            path.push_back('(');
            build(n, opened + 1, closed, path, result);
            path.pop_back();
        }
        if (closed < opened) {
            path.push_back(')');
            build(n, opened, closed + 1, path, result);
            path.pop_back();
        }
    }
};
