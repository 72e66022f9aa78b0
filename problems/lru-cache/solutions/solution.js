class LRUCache {
    // A Map iterates in insertion order: re-inserting a key on every use keeps the least
    // recently used key first.

    /**
     * @param {number} capacity
     */
    constructor(capacity) {
        this.capacity = capacity;
        this.entries = new Map();
    }

    /**
     * @param {number} key
     * @return {number}
     */
    get(key) {
        if (!this.entries.has(key)) return -1;
        const value = this.entries.get(key);
        this.entries.delete(key);
        this.entries.set(key, value);
        return value;
    }

    /**
     * @param {number} key
     * @param {number} value
     * @return {void}
     */
    put(key, value) {
        this.entries.delete(key);
        this.entries.set(key, value);
        if (this.entries.size > this.capacity) {
            this.entries.delete(this.entries.keys().next().value);
        }
    }
}
