# Dunder methods inherited by subclasses, and overridden ones extending via super().


class Base:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.v) + ")"

    def __eq__(self, other):
        if not isinstance(other, Base):
            return NotImplemented
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __lt__(self, other):
        return self.v < other.v

    def __len__(self):
        return len(str(self.v))

    def __add__(self, other):
        return type(self)(self.v + other.v)


class Child(Base):
    pass


class Loud(Child):
    def __repr__(self):
        return super().__repr__().upper() + "!"

    def __len__(self):
        return super().__len__() * 10


a = Base(3)
c = Child(3)
l = Loud("ab")
print(a, c, l)
print([a, c, l])
print(a == c, c == a, c == Child(3), l == Loud("ab"), l == a)
print(len(a), len(Child(12345)), len(l))
print(sorted([Child(5), Child(1), Child(3)]))
print(max([Loud("b"), Loud("z"), Loud("m")]))
print(c + Child(4), type(c + Child(4)).__name__)
print(Loud("x") + Loud("y"))
print(len({a, c, Child(3), Loud(3)}))
print(str(c), f"{l}", f"{c!r}")
print(bool(Child("")), bool(Loud("")), bool(Child(0)))
