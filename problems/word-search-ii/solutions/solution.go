// Trie of the words, walked by one backtracking search from every cell; found words and
// emptied branches are removed so later searches skip them.
type trieNode struct {
    next     [26]*trieNode
    children int
    word     string // set where a word ends, cleared once it is found
}

func findWords(board [][]byte, words []string) []string {
    root := &trieNode{}
    for _, w := range words {
        node := root
        for i := 0; i < len(w); i++ {
            c := w[i] - 'a'
            if node.next[c] == nil {
                node.next[c] = &trieNode{}
                node.children++
            }
            node = node.next[c]
        }
        node.word = w
    }
    found := []string{}
    var dfs func(r, c int, parent *trieNode)
    dfs = func(r, c int, parent *trieNode) {
        ch := board[r][c]
        if ch == '#' {
            return // already on the current path
        }
        node := parent.next[ch-'a']
        if node == nil {
            return
        }
        if node.word != "" {
            found = append(found, node.word)
            node.word = ""
        }
        board[r][c] = '#'
        if r > 0 {
            dfs(r-1, c, node)
        }
        if r+1 < len(board) {
            dfs(r+1, c, node)
        }
        if c > 0 {
            dfs(r, c-1, node)
        }
        if c+1 < len(board[0]) {
            dfs(r, c+1, node)
        }
        board[r][c] = ch
        if node.children == 0 && node.word == "" {
            parent.next[ch-'a'] = nil
            parent.children--
        }
    }
    for r := range board {
        for c := range board[r] {
            dfs(r, c, root)
        }
    }
    return found
}
