# Build and drop a 200000-node linked list of instances several times.


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def checksum(self):
        s = 0
        node = self.head
        while node is not None:
            s = (s * 31 + node.value) % 1000000007
            node = node.nxt
        return s

    def reverse(self):
        prev = None
        node = self.head
        while node is not None:
            nxt = node.nxt
            node.nxt = prev
            prev = node
            node = nxt
        self.head = prev

    def drop_odd(self):
        # unlink every node holding an odd value
        while self.head is not None and self.head.value % 2 == 1:
            self.head = self.head.nxt
            self.size -= 1
        node = self.head
        while node is not None and node.nxt is not None:
            if node.nxt.value % 2 == 1:
                node.nxt = node.nxt.nxt
                self.size -= 1
            else:
                node = node.nxt

    def first(self, k):
        out = []
        node = self.head
        while node is not None and len(out) < k:
            out.append(node.value)
            node = node.nxt
        return out


N = 200000
lst = LinkedList()
for i in range(N):
    lst.push(i)
print(lst.size, lst.first(3), lst.checksum())
lst.reverse()
print(lst.first(3), lst.checksum())
lst.drop_odd()
print(lst.size, lst.first(4), lst.checksum())
lst = None
print("dropped first list")

for round_no in range(2):
    other = LinkedList()
    for i in range(N // 4):
        other.push((i * 7 + round_no) % 1000)
    print(round_no, other.size, other.checksum())
    other.head = None
    print(round_no, "cleared", other.checksum())

# a long chain of nodes referenced only from a local variable, replaced wholesale
head = None
for i in range(N):
    head = Node(i, head)
print(head.value, head.nxt.value)
head = Node(-1)
print(head.value, head.nxt)
