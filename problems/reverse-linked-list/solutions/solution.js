/**
 * @param {ListNode} head
 * @return {ListNode}
 */
var reverseList = function(head) {
    // Walk once, turning each node's next pointer back toward the part already reversed.
    let prev = null;
    let cur = head;
    while (cur !== null) {
        const nxt = cur.next;
        cur.next = prev;
        prev = cur;
        cur = nxt;
    }
    return prev;
};
