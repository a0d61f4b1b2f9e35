# __len__ drives len(), bool(), `if`, `while`, `not`, and/or, filter(None, ...);
# inherited __len__ and overriding __bool__ in a subclass.


class Stack:
    def __init__(self, items=None):
        self.items = [] if items is None else items

    def __len__(self):
        return len(self.items)

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def __repr__(self):
        return "Stack" + repr(self.items)


class AlwaysTrue(Stack):
    def __bool__(self):
        return True


class Plain:
    pass


s = Stack()
print(len(s), bool(s), not s, s and "yes", s or "empty")
if not s:
    print("stack is empty")
s.push(1).push(2).push(3)
print(len(s), bool(s), not s, (s and "yes"), (s or "empty") is s)
popped = []
while s:
    popped.append(s.pop())
print(popped, len(s))
stacks = [Stack([1]), Stack(), Stack([0, 0]), Stack()]
print(len(list(filter(None, stacks))), [len(x) for x in stacks if x])
print([bool(x) for x in stacks], sum([len(x) for x in stacks]))
print(any(stacks), all(stacks), all(stacks[::2]))
a = AlwaysTrue()
print(len(a), bool(a), not a, "t" if a else "f")
print(bool(Plain()), not Plain(), "t" if Plain() else "f")
print(len(AlwaysTrue([1, 2])), bool(Stack([None])))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __repr__(self):
        return "Sized(" + repr(self.n) + ")"


print(len(Sized(10 ** 6)), bool(Sized(0)), len(Sized(True)), bool(Sized(False)))
print(max([Sized(3), Sized(9), Sized(1)], key=len).n)
print(sorted([len(Sized(k)) for k in [5, 2, 8]]))
count = 0
z = Sized(3)
while z:
    z.n -= 1
    count += 1
print(count, len(z), bool(z))
print(Sized(2) and Sized(0) and "never", (Sized(0) or Sized(5)).n)
