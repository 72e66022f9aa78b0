class MinStack:
    # Each entry remembers the smallest value at or below it, so every operation is O(1).

    def __init__(self):
        self.items = []  # (value, minimum of this entry and everything below it)

    def push(self, val: int) -> None:
        smallest = val if not self.items else min(val, self.items[-1][1])
        self.items.append((val, smallest))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def getMin(self) -> int:
        return self.items[-1][1]
