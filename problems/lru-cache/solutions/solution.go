// Hash map from key to node + doubly linked list in order of use (most recent after head).
type lruNode struct {
    key, value int
    prev, next *lruNode
}

type LRUCache struct {
    capacity   int
    nodes      map[int]*lruNode
    head, tail *lruNode // sentinels
}

func Constructor(capacity int) LRUCache {
    head, tail := &lruNode{}, &lruNode{}
    head.next, tail.prev = tail, head
    return LRUCache{capacity: capacity, nodes: map[int]*lruNode{}, head: head, tail: tail}
}

func (this *LRUCache) unlink(n *lruNode) {
    n.prev.next, n.next.prev = n.next, n.prev
}

func (this *LRUCache) pushFront(n *lruNode) {
    n.prev, n.next = this.head, this.head.next
    this.head.next.prev = n
    this.head.next = n
}

func (this *LRUCache) Get(key int) int {
    n, ok := this.nodes[key]
    if !ok {
        return -1
    }
    this.unlink(n)
    this.pushFront(n)
    return n.value
}

func (this *LRUCache) Put(key int, value int) {
    if n, ok := this.nodes[key]; ok {
        n.value = value
        this.unlink(n)
        this.pushFront(n)
        return
    }
    n := &lruNode{key: key, value: value}
    this.nodes[key] = n
    this.pushFront(n)
    if len(this.nodes) > this.capacity {
        oldest := this.tail.prev
        this.unlink(oldest)
        delete(this.nodes, oldest.key)
    }
}
