class Solution {
    // Trie of the words, walked by one backtracking search from every cell; found words and
    // emptied branches are removed so later searches skip them.
    private static final class Node {
        final Node[] next = new Node[26];
        int children;
        String word; // set where a word ends, cleared once it is found
    }

    public List<String> findWords(char[][] board, String[] words) {
        Node root = new Node();
        for (String w : words) {
            Node node = root;
            for (int i = 0; i < w.length(); i++) {
                int c = w.charAt(i) - 'a';
                if (node.next[c] == null) {
                    node.next[c] = new Node();
                    node.children++;
                }
                node = node.next[c];
            }
            node.word = w;
        }
        List<String> found = new ArrayList<>();
        for (int r = 0; r < board.length; r++) {
            for (int c = 0; c < board[0].length; c++) dfs(board, r, c, root, found);
        }
        return found;
    }

    private void dfs(char[][] board, int r, int c, Node parent, List<String> found) {
        char ch = board[r][c];
        if (ch == '#') return; // already on the current path
        Node node = parent.next[ch - 'a'];
        if (node == null) return;
        if (node.word != null) {
            found.add(node.word);
            node.word = null;
        }
        board[r][c] = '#';
        if (r > 0) dfs(board, r - 1, c, node, found);
        if (r + 1 < board.length) dfs(board, r + 1, c, node, found);
        if (c > 0) dfs(board, r, c - 1, node, found);
        if (c + 1 < board[0].length) dfs(board, r, c + 1, node, found);
        board[r][c] = ch;
        if (node.children == 0 && node.word == null) {
            parent.next[ch - 'a'] = null;
            parent.children--;
        }
    }
}
