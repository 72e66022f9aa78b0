class Solution {
    public ListNode reverseList(ListNode head) {
        // Walk once, turning each node's next pointer back toward the part already reversed.
        ListNode prev = null;
        ListNode cur = head;
        while (cur != null) {
            ListNode nxt = cur.next;
            cur.next = prev;
            prev = cur;
            cur = nxt;
        }
        return prev;
    }
}
