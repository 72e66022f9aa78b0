func reverseList(head *ListNode) *ListNode {
    // Walk once, turning each node's next pointer back toward the part already reversed.
    var prev *ListNode
    cur := head
    for cur != nil {
        nxt := cur.Next
        cur.Next = prev
        prev = cur
        cur = nxt
    }
    return prev
}
