# __abs__, __neg__, __pos__, __invert__ on a Vector, abs() in map/sorted/max.
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(self.x, self.y)

    def __invert__(self):
        return Vector(self.y, self.x)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return "Vector(" + str(self.x) + ", " + str(self.y) + ")"


v = Vector(3, 4)
print(abs(v), abs(-v), abs(Vector(0, 0)), abs(Vector(-5, 12)))
print(-v, +v, ~v, -(-v) == v, +v is v, ~~v == v)
vs = [Vector(1, 1), Vector(-6, 8), Vector(0, 2), Vector(3, -4)]
print(list(map(abs, vs)))
print(sorted(vs, key=abs))
print(max(vs, key=abs), min(vs, key=abs))
print(round(abs(Vector(1, 1)), 6), abs(Vector(1, 1)) == math.sqrt(2))
print(abs(v * 2.5), abs(v + Vector(-3, -4)))
print(sum([abs(w) for w in vs]))
print(math.floor(abs(Vector(7, 7))), math.isclose(abs(Vector(1, 2)), 5 ** 0.5))


class Weird:
    def __abs__(self):
        return "absolutely"

    def __neg__(self):
        return [1]

    def __invert__(self):
        return None


w = Weird()
print(abs(w), -w, ~w)


class Signed:
    def __init__(self, v):
        self.v = v

    def __abs__(self):
        return Signed(abs(self.v))

    def __neg__(self):
        return Signed(-self.v)

    def __repr__(self):
        return "S" + str(self.v)


print(abs(Signed(-3)), -Signed(2), abs(-Signed(7)), [abs(Signed(k)) for k in (-1, 0, 1)])
