# Stack and Queue classes on top of lists; bracket matcher and hot-potato simulation.


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def peek(self):
        return self.items[-1]

    def is_empty(self):
        return len(self.items) == 0

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "Stack(" + repr(self.items) + ")"


class Queue:
    def __init__(self, items=None):
        self.items = []
        if items is not None:
            for x in items:
                self.enqueue(x)

    def enqueue(self, x):
        self.items.append(x)

    def dequeue(self):
        return self.items.pop(0)

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return len(self.items) > 0

    def __repr__(self):
        return "Queue(" + repr(self.items) + ")"


s = Stack()
for x in [1, "two", 3.0]:
    s.push(x)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), s, s.is_empty())
print(s.pop(), s.is_empty(), s)

PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(text):
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in PAIRS:
            if st.is_empty() or st.pop() != PAIRS[ch]:
                return False
    return st.is_empty()


for t in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]:
    print(repr(t), balanced(t))

q = Queue(["a", "b"])
q.enqueue("c")
print(q, len(q), bool(q))
print(q.dequeue(), q)


def hot_potato(names, num):
    q = Queue(names)
    out = []
    while len(q) > 1:
        for i in range(num):
            q.enqueue(q.dequeue())
        out.append(q.dequeue())
    return out, q.dequeue()


order, winner = hot_potato(["bill", "david", "susan", "jane", "kent", "brad"], 7)
print(order, winner)
empty = Queue()
print(empty, bool(empty), not empty)
while q:
    print("drain", q.dequeue())
