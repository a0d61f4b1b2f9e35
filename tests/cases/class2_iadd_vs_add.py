# In-place operators: __iadd__ mutating in place vs falling back to __add__.


class Acc:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __add__(self, other):
        return Acc(self.items + list(other))

    def __repr__(self):
        return "Acc(" + repr(self.items) + ")"


class Imm:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Imm(self.v + other)

    def __sub__(self, other):
        return Imm(self.v - other)

    def __repr__(self):
        return "Imm(" + str(self.v) + ")"


a = Acc([1])
alias = a
a += [2, 3]
print(a, alias, a is alias)
b = a + [4]
print(b, a, b is a)
a += (5,)
print(alias)

i = Imm(1)
alias2 = i
i += 5
print(i, alias2, i is alias2)
i -= 2
print(i, alias2)


class Weird:
    def __iadd__(self, other):
        return "became a string"


w = Weird()
w += 1
print(w, type(w).__name__)


class Declines:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("  Declines.__iadd__")
        return NotImplemented

    def __add__(self, other):
        print("  Declines.__add__")
        return Declines(self.v + other)


d = Declines(1)
keep = d
d += 10
print(d.v, keep.v, d is keep)


class RightOnly:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return other + self.v

    def __rmul__(self, other):
        return other * self.v


n = 5
n += RightOnly(3)
print(n)
n *= RightOnly(4)
print(n)
s = "ab"
s *= RightOnly(3)
print(s)


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


lst = [0]
same = lst
lst += Bag([1, 2])
print(lst, same is lst)
t = (0,)
t += tuple(Bag([9]))
print(t)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __iadd__(self, other):
        self.cents += other.cents
        return self

    def __repr__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0")


class Wallet:
    def __init__(self):
        self.total = Money(0)


wallet = Wallet()
before = wallet.total
for c in [150, 275, 5]:
    wallet.total += Money(c)
print(wallet.total, before, wallet.total is before)
ledger = {"food": Money(100)}
food = ledger["food"]
ledger["food"] += Money(99)
print(ledger["food"], food is ledger["food"])
slots = [Money(1), Money(2)]
slots[1] += Money(40)
print(slots)
