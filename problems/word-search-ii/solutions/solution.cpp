class Solution {
    // Trie of the words, walked by one backtracking search from every cell; found words and
    // emptied branches are removed so later searches skip them.
    struct Node {
        int next[26];
        int children = 0;
        int word = -1;  // index in words where a word ends, cleared once it is found
        Node() { fill(begin(next), end(next), -1); }
    };
    vector<Node> trie;
    vector<string> found;

    void dfs(vector<vector<char>>& board, const vector<string>& words, int r, int c, int parent) {
        char ch = board[r][c];
        if (ch == '#') return;  // already on the current path
        int node = trie[parent].next[ch - 'a'];
        if (node < 0) return;
        if (trie[node].word >= 0) {
            found.push_back(words[trie[node].word]);
            trie[node].word = -1;
        }
        board[r][c] = '#';
        if (r > 0) dfs(board, words, r - 1, c, node);
        if (r + 1 < (int)board.size()) dfs(board, words, r + 1, c, node);
        if (c > 0) dfs(board, words, r, c - 1, node);
        if (c + 1 < (int)board[0].size()) dfs(board, words, r, c + 1, node);
        board[r][c] = ch;
        if (trie[node].children == 0 && trie[node].word < 0) {
            trie[parent].next[ch - 'a'] = -1;
            trie[parent].children--;
        }
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        trie.assign(1, Node());
        found.clear();
        for (int i = 0; i < (int)words.size(); i++) {
            int node = 0;
            for (char ch : words[i]) {
                int c = ch - 'a';
                if (trie[node].next[c] < 0) {
                    trie[node].next[c] = trie.size();
                    trie[node].children++;
                    trie.emplace_back();
                }
                node = trie[node].next[c];
            }
            trie[node].word = i;
        }
        for (int r = 0; r < (int)board.size(); r++) {
            for (int c = 0; c < (int)board[0].size(); c++) dfs(board, words, r, c, 0);
        }
        return found;
    }
};
