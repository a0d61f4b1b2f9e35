# Decorated methods: inheritance, overriding, instances calling class and
# static methods, properties over fields, reprs of the decorator objects.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    def area(self):
        return 0

    @property
    def label(self):
        return self.name.upper() + ":" + str(self.area)

    @classmethod
    def unit(cls):
        return cls("unit")

    @staticmethod
    def describe(kind, sides=0):
        return kind + " with " + str(sides) + " sides"

    @classmethod
    def total(cls):
        return cls.count


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    @property
    def area(self):
        return self.side * self.side

    @classmethod
    def unit(cls):
        return cls(1)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r * self.r, 2)

    @property
    def r2(self):
        return self.r * 2

    @r2.setter
    def r2(self, d):
        self.r = d / 2


shapes = [Shape("blob"), Square(3), Circle(2), Square.unit(), Shape.unit()]
for s in shapes:
    print(s.label, s.area, type(s).__name__)
print(Shape.describe("triangle", 3), Square.describe("square", sides=4), shapes[1].describe("x"))
print(Shape.total(), Square.total(), shapes[2].total())
c = shapes[2]
c.r2 = 10
print(c.r, c.r2, c.area)
print(repr(Shape.describe)[:28], repr(Shape.unit)[:31])
print(type(Shape.label).__name__, type(Square.unit).__name__)
sq = Square(5)
print(sq.area, sq.label, Square.unit().label)
