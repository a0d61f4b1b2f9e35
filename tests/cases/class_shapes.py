# Shape hierarchy with area(), perimeter() and overridden describe().
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def describe(self):
        return self.name + " area=" + str(round(self.area(), 3)) + " perim=" + str(round(self.perimeter(), 3))

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return type(self).__name__ + "(" + self.name + ")"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def describe(self):
        return super().describe() + " dims=" + str(self.w) + "x" + str(self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    def describe(self):
        return "square! " + super().describe()


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


shapes = [Circle(1), Rect(2, 3), Square(4), Triangle(3, 4, 5), Circle(0.5), Shape("blob")]
for sh in shapes:
    print(sh.describe())
print(Shape.count)
print(sorted(shapes))
print(min(shapes), max(shapes))
total = 0
for sh in shapes:
    total += sh.area()
print(round(total, 6))
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
print(sorted(shapes, key=lambda s: s.perimeter(), reverse=True))
