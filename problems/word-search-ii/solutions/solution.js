/**
 * @param {character[][]} board
 * @param {string[]} words
 * @return {string[]}
 */
var findWords = function(board, words) {
    // Trie of the words, walked by one backtracking search from every cell; found words and
    // emptied branches are removed so later searches skip them.
    const newNode = () => ({ next: new Map(), word: null });
    const root = newNode();
    for (const w of words) {
        let node = root;
        for (const ch of w) {
            if (!node.next.has(ch)) node.next.set(ch, newNode());
            node = node.next.get(ch);
        }
        node.word = w;
    }
    const rows = board.length, cols = board[0].length;
    const found = [];
    const dfs = (r, c, parent) => {
        const ch = board[r][c];
        const node = parent.next.get(ch); // undefined for '#': the cell is on the current path
        if (!node) return;
        if (node.word !== null) {
            found.push(node.word);
            node.word = null;
        }
        board[r][c] = "#";
        if (r > 0) dfs(r - 1, c, node);
        if (r + 1 < rows) dfs(r + 1, c, node);
        if (c > 0) dfs(r, c - 1, node);
        if (c + 1 < cols) dfs(r, c + 1, node);
        board[r][c] = ch;
        if (node.next.size === 0 && node.word === null) parent.next.delete(ch);
    };
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) dfs(r, c, root);
    }
    return found;
};
