# Singly linked list with Node objects: build, traverse, insert, remove, reverse.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def find(self, value):
        cur = self.head
        index = 0
        while cur:
            if cur.value == value:
                return index
            cur = cur.next
            index += 1
        return -1

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def middle(self):
        slow = self.head
        fast = self.head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
        return slow.value

    def __len__(self):
        return self.size

    def __repr__(self):
        parts = []
        cur = self.head
        while cur is not None:
            parts.append(repr(cur.value))
            cur = cur.next
        return " -> ".join(parts + ["None"])


ll = LinkedList()
print(ll, len(ll), bool(ll))
for i in range(1, 6):
    ll.append(i * 10)
ll.push_front(0)
print(ll, len(ll))
print(ll.to_list())
print(ll.find(30), ll.find(99), ll.middle())
print(ll.remove(0), ll.remove(30), ll.remove(99), ll.remove(50))
print(ll, len(ll))
ll.reverse()
print(ll)
ll.append("end")
ll.push_front("start")
print(ll, len(ll), ll.middle())
ll.reverse()
print(ll.to_list())

# build a long list and check its sum after reversing twice
big = LinkedList()
for i in range(1000):
    big.push_front(i)
big.reverse()
big.reverse()
vals = big.to_list()
print(len(big), vals[:5], sum(vals))
print(big.head.value, big.head.next.value, big.head.next.next.next.value)
