func removeNthFromEnd(head *ListNode, n int) *ListNode {
    // A lead pointer n steps ahead stops the trailing one just before the node to unlink.
    dummy := &ListNode{Next: head}
    fast, slow := dummy, dummy
    for i := 0; i < n; i++ {
        fast = fast.Next
    }
    for fast.Next != nil {
        fast = fast.Next
        slow = slow.Next
    }
    slow.Next = slow.Next.Next
    return dummy.Next
}
