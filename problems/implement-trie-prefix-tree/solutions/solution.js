class Trie {
    // One node per prefix: children by letter, plus a flag where a whole word ends.
    constructor() {
        this.root = { children: new Map(), end: false };
    }

    /**
     * @param {string} word
     * @return {void}
     */
    insert(word) {
        let node = this.root;
        for (const ch of word) {
            let next = node.children.get(ch);
            if (!next) {
                next = { children: new Map(), end: false };
                node.children.set(ch, next);
            }
            node = next;
        }
        node.end = true;
    }

    /**
     * @param {string} word
     * @return {boolean}
     */
    search(word) {
        const node = this.walk(word);
        return node !== null && node.end;
    }

    /**
     * @param {string} prefix
     * @return {boolean}
     */
    startsWith(prefix) {
        return this.walk(prefix) !== null;
    }

    walk(s) {
        let node = this.root;
        for (const ch of s) {
            node = node.children.get(ch);
            if (!node) return null;
        }
        return node;
    }
}
