// One node per prefix: 26 children, plus a flag where a whole word ends.
type Trie struct {
    next [26]*Trie
    end  bool
}

func Constructor() Trie {
    return Trie{}
}

func (this *Trie) Insert(word string) {
    node := this
    for i := 0; i < len(word); i++ {
        c := word[i] - 'a'
        if node.next[c] == nil {
            node.next[c] = &Trie{}
        }
        node = node.next[c]
    }
    node.end = true
}

func (this *Trie) Search(word string) bool {
    node := this.walk(word)
    return node != nil && node.end
}

func (this *Trie) StartsWith(prefix string) bool {
    return this.walk(prefix) != nil
}

func (this *Trie) walk(s string) *Trie {
    node := this
    for i := 0; i < len(s) && node != nil; i++ {
        node = node.next[s[i]-'a']
    }
    return node
}
