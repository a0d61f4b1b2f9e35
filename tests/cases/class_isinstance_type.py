# isinstance, type(), __name__, class objects as values.


class Shape:
    pass


class Circle(Shape):
    def __init__(self, r=1):
        self.r = r


class Square(Shape):
    def __init__(self, s=1):
        self.s = s


class Unrelated:
    pass


c = Circle(2)
s = Square(3)
print(isinstance(c, Circle), isinstance(c, Shape), isinstance(c, Square))
print(isinstance(s, Shape), isinstance(s, Unrelated), isinstance(s, object))
print(isinstance(5, Circle), isinstance("x", Shape), isinstance(None, Unrelated))
print(isinstance(Shape(), Circle))
print(isinstance(c, (Square, Circle)), isinstance(c, (Square, Unrelated)))
print(type(c) is Circle, type(c) is Shape, type(c) == Circle, type(c) != Square)
print(type(c).__name__, type(s).__name__, type(Shape()).__name__)
print(Circle.__name__, Shape.__name__)
print(Circle)
print(Shape, Unrelated)
print(str(Square), repr(Square))
print(f"{Circle} {Circle!r}")

# class objects stored in variables and called
k = Circle
obj = k(10)
print(type(obj).__name__, obj.r, k is Circle, k == Circle)
kinds = [Circle, Square, Unrelated]
print(kinds)
made = [kinds[0](1), kinds[1](2), kinds[2]()]
print([type(m).__name__ for m in made])
print([isinstance(m, Shape) for m in made])


def build(cls, n):
    return [cls(i) for i in range(n)]


circles = build(Circle, 3)
print([x.r for x in circles])
squares = build(Square, 2)
print([x.s for x in squares], type(squares[0]) is Square)
table = {"circle": Circle, "square": Square}
print(table["square"](7).s)
print(type(table["circle"](1)) == Circle)
print(type(Circle).__name__)
print(type(c) is type(Circle(5)), type(c) is type(s))
