# __eq__ / __ne__ returning non-bool values; != derived from __eq__.


class Sym:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if isinstance(other, Sym):
            return "Eq(" + self.name + ", " + other.name + ")"
        return "Eq(" + self.name + ", " + repr(other) + ")"

    def __repr__(self):
        return self.name


a = Sym("a")
b = Sym("b")
print(a == b)
print(a == 3, 3 == a, a == "s")
print(a != b, a != 3)
r = a == b
print(type(r).__name__, len(r))
print([a] == [b], a in [b], [a] == [a])
if a == b:
    print("truthy string result")


class Zero:
    def __eq__(self, other):
        return 0


z = Zero()
print(z == 1, z != 1, z == z, z != z)
print(z in [1, 2], z in [z], [z] == [Zero()])
print(1 if z == 1 else 2)


class Maybe:
    def __eq__(self, other):
        return None


m = Maybe()
print(m == 1, m != 1, not (m == 1))


class ListEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return [self.v, other.v]

    def __ne__(self, other):
        return {"ne": self.v}


x = ListEq(1)
y = ListEq(2)
print(x == y, x != y)
print(y == x, y != x)
print((x == y) == [1, 2])


class Counted:
    def __init__(self, v):
        self.v = v
        self.calls = 0

    def __eq__(self, other):
        self.calls += 1
        if not isinstance(other, Counted):
            return NotImplemented
        return self.v == other.v


c1 = Counted(1)
c2 = Counted(1)
c3 = Counted(2)
print(c1 != c2, c1 != c3, c1 == c3)
print(c1.calls, c2.calls, c3.calls)
print(c1 != "1", c1 == "1")
print(c1.calls)
print(c1 != c1, c1.calls)
