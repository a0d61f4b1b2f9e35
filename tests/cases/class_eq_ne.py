# __eq__, != derived from __eq__, NotImplemented for foreign types.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


a = Point(1, 2)
b = Point(1, 2)
c = Point(2, 1)
print(a == b, a != b)
print(a == c, a != c)
print(a is b)
print(a == (1, 2), a != (1, 2))
print((1, 2) == a)
print(a == 5, 5 == a, a != "x")
print(a == None, None != a)
print([a, c] == [b, c])
print([a] == [c])
print(a in [c, b])
print(Point(2, 1) in [a, c])
print([a, b, c].count(Point(1, 2)))
print([c, a].index(b))
print((a, c) == (b, Point(2, 1)))
print({"k": a} == {"k": b})


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if isinstance(other, Version):
            return self.major == other.major and self.minor == other.minor
        if isinstance(other, str):
            return str(self.major) + "." + str(self.minor) == other
        return NotImplemented


v = Version(3, 11)
print(v == Version(3, 11), v != Version(3, 12))
print(v == "3.11", v != "3.11", v == "3.12")
print("3.11" == v, "3.10" != v)
print(v == 3.11)


class Always:
    def __eq__(self, other):
        return True


class Never:
    def __eq__(self, other):
        return False


x = Always()
n = Never()
print(x == 1, x != 1, x == n)
print(n == n, n != n, n is n)
print(n == x)
print(x in [1, 2], n in [n])
