class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int n) {
        // A lead pointer n steps ahead stops the trailing one just before the node to unlink.
        ListNode dummy(0, head);
        ListNode* fast = &dummy;
        ListNode* slow = &dummy;
        for (int i = 0; i < n; i++) fast = fast->next;
        while (fast->next != nullptr) {
            fast = fast->next;
            slow = slow->next;
        }
        slow->next = slow->next->next;
        return dummy.next;
    }
};
