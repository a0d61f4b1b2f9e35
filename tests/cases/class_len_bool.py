# __len__ and __bool__ in len(), truth tests, `if`, `not`, `and`/`or`, while.


class Bag:
    def __init__(self, items=None):
        if items is None:
            items = []
        self.items = items

    def __len__(self):
        return len(self.items)

    def add(self, x):
        self.items.append(x)

    def take(self):
        return self.items.pop()


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


b = Bag()
print(len(b), bool(b), not b)
if b:
    print("nonempty")
else:
    print("empty")
b.add(1)
b.add("two")
print(len(b), bool(b), not b)
if b:
    print("nonempty")
while b:
    print("took", b.take(), "left", len(b))
print(len(b))

on = Switch(True)
off = Switch(False)
print(bool(on), bool(off), not on, not off)
print(on and "yes", (off and "yes") is off)
print((off or "fallback"), (on or "fallback") is on)
if not off:
    print("off is falsy")
flags = [Switch(True), Switch(False), Switch(True)]
print(len([s for s in flags if s]))
print(any([off, off]), any([off, on]), all(flags), all([on, on]))
x = 0
while Switch(x < 3):
    x += 1
print(x)
print(len(Bag([1, 2, 3])) * 2)
print(1 if Bag([0]) else 0, 1 if Bag() else 0)


class Both:
    def __init__(self, n, flag):
        self.n = n
        self.flag = flag

    def __len__(self):
        return self.n

    def __bool__(self):
        return self.flag


# __bool__ takes priority over __len__
print(bool(Both(0, True)), bool(Both(5, False)), len(Both(5, False)))
