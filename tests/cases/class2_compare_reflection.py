# Reflected comparisons: NotImplemented from __lt__ makes Python try the
# other operand's __gt__; a subclass's reflected method is tried first.


class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  A.__lt__")
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        print("  A.__gt__")
        if isinstance(other, (A, B)):
            return self.v > other.v
        return NotImplemented

    def __le__(self, other):
        print("  A.__le__")
        return NotImplemented


class B:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  B.__lt__")
        return NotImplemented

    def __gt__(self, other):
        print("  B.__gt__")
        return self.v > other.v

    def __ge__(self, other):
        print("  B.__ge__")
        return self.v >= other.v


print(A(1) < B(2))
print(B(2) < A(1))
print(A(5) <= B(5))
print(B(1) > A(0))


class Sub(A):
    def __gt__(self, other):
        print("  Sub.__gt__")
        return "sub-gt"


print(A(1) < Sub(2))
print(Sub(2) < A(1))
print(A(1) < A(2))


class Inherits(A):
    pass


# the right operand is a subclass: its (inherited) reflected method goes first
print(A(1) < Inherits(2))
print(Inherits(3) > A(1))


class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  Base.__add__")
        return Base(self.v + other.v)

    def __radd__(self, other):
        print("  Base.__radd__")
        return Base(self.v + other.v)

    def __eq__(self, other):
        print("  Base.__eq__")
        return self.v == other.v


class Derived(Base):
    def __radd__(self, other):
        print("  Derived.__radd__")
        return Derived(other.v + self.v)

    def __eq__(self, other):
        print("  Derived.__eq__")
        return "derived-eq"


r = Base(1) + Derived(2)
print(type(r).__name__, r.v)
r = Derived(2) + Base(1)
print(type(r).__name__, r.v)
print(Base(1) == Derived(1))
print(Derived(1) == Base(1))


class Plain(Base):
    pass


r = Base(1) + Plain(2)
print(type(r).__name__, r.v)
print(Base(1) == Plain(1))
print(sorted([B(3), B(1), B(2)], key=lambda q: q.v)[0].v)
