# Three-level inheritance chains with super() at every level.


class Base:
    level = 1

    def __init__(self, a):
        self.a = a
        self.trail = ["Base"]

    def name(self):
        return "Base"

    def chain(self):
        return "Base"

    def total(self):
        return self.a


class Middle(Base):
    level = 2

    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
        self.trail.append("Middle")

    def chain(self):
        return "Middle>" + super().chain()

    def total(self):
        return super().total() + self.b


class Leaf(Middle):
    def __init__(self, a, b, c=100):
        super().__init__(a, b)
        self.c = c
        self.trail.append("Leaf")

    def name(self):
        return "Leaf"

    def chain(self):
        return "Leaf>" + super().chain()

    def total(self):
        return super().total() + self.c


objs = [Base(1), Middle(1, 2), Leaf(1, 2), Leaf(1, 2, c=3)]
for o in objs:
    print(type(o).__name__, o.name(), o.chain(), o.total(), o.trail, o.level)

leaf = objs[3]
print(leaf.a, leaf.b, leaf.c)
print(isinstance(leaf, Leaf), isinstance(leaf, Middle), isinstance(leaf, Base))
print(isinstance(objs[1], Leaf))
print(type(leaf) is Leaf, type(leaf) is Middle)
Middle.level = 20
print(Base.level, Middle.level, Leaf.level, leaf.level)
Base.level = 10
print(Base.level, Middle.level, Leaf.level)


# A method defined only at the top, calling a hook overridden two levels down.
class Report:
    def render(self):
        return self.header() + " | " + self.body()

    def header(self):
        return "REPORT"

    def body(self):
        return "empty"


class Sales(Report):
    def body(self):
        return "sales=" + str(self.amount())

    def amount(self):
        return 0


class Quarterly(Sales):
    def header(self):
        return "Q-" + super().header()

    def amount(self):
        return 1234


for r in [Report(), Sales(), Quarterly()]:
    print(r.render())
