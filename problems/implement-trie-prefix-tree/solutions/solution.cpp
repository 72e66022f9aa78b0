class Trie {
    // One node per prefix: 26 children (indices into nodes), plus a flag where a whole word ends.
    struct Node {
        int next[26];
        bool isWord = false;
        Node() { fill(begin(next), end(next), -1); }
    };
    vector<Node> nodes;

    int walk(const string& s) const {
        int cur = 0;
        for (char ch : s) {
            cur = nodes[cur].next[ch - 'a'];
            if (cur < 0) return -1;
        }
        return cur;
    }

public:
    Trie() : nodes(1) {}

    void insert(string word) {
        int cur = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (nodes[cur].next[c] < 0) {
                nodes[cur].next[c] = nodes.size();
                nodes.emplace_back();
            }
            cur = nodes[cur].next[c];
        }
        nodes[cur].isWord = true;
    }

    bool search(string word) {
        int node = walk(word);
        return node >= 0 && nodes[node].isWord;
    }

    bool startsWith(string prefix) {
        return walk(prefix) >= 0;
    }
};
