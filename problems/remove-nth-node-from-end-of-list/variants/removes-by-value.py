class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # Count the nodes, read the value of the target, then unlink the node holding it.
        length = 0
        node = head
        while node:
            length += 1
            node = node.next
        node = head
        for _ in range(length - n):
            node = node.next
        target = node.val
        dummy = ListNode(0, head)
        prev = dummy
        while prev.next.val != target:
            prev = prev.next
        prev.next = prev.next.next
        return dummy.next
