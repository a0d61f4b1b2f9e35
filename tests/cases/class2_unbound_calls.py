# Unbound calls C.m(obj, ...) and explicit Base.m(self) calls in subclasses.


class Base:
    def __init__(self, x):
        self.x = x

    def describe(self, prefix="Base"):
        return prefix + ":" + str(self.x)

    def double(self):
        return self.x * 2


class Child(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y

    def describe(self, prefix="Child"):
        return Base.describe(self, prefix) + "/" + str(self.y)

    def double(self):
        return Base.double(self) + super().double()


class GrandChild(Child):
    def describe(self, prefix="Grand"):
        return "[" + Child.describe(self) + "|" + Base.describe(self, prefix=prefix) + "]"


b = Base(3)
c = Child(4, 5)
g = GrandChild(6, 7)
print(Base.describe(b))
print(Base.describe(b, "custom"))
print(Base.describe(c), Base.describe(c, prefix="as-base"))
print(Child.describe(c), c.describe())
print(Child.describe(g), g.describe(), g.describe("P"))
print(Base.double(c), c.double(), Child.double(g))
f = Base.describe
print(f(g), f(c, "F"))
methods = [Base.describe, Child.describe, GrandChild.describe]
print([m(g) for m in methods])
print(list(map(Base.double, [b, c, g])))
print(sorted([c, b, g], key=Base.double)[0].x)
print(GrandChild.double(g), GrandChild.double is Child.double)


class Duck:
    def __init__(self):
        self.x = "quack"


# in Python 3 an unbound method is a plain function: any object works as self
print(Base.describe(Duck()))
print(Base.double(Duck()))
print(Child.describe(GrandChild(1, 2), prefix="kw"))
print(Base.describe(self=b, prefix="named-self"))
