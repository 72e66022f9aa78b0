class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Walk once, turning each node's next pointer back toward the part already reversed.
        prev = None
        cur = head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        return prev
