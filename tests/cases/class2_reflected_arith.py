# Reflected arithmetic (__rsub__, __rtruediv__, ...) with int and float
# operands, and __mul__/__rmul__ with list and str operands.


class Num:
    def __init__(self, v):
        self.v = v

    def __sub__(self, other):
        return Num(self.v - other)

    def __rsub__(self, other):
        return Num(other - self.v)

    def __truediv__(self, other):
        return Num(self.v / other)

    def __rtruediv__(self, other):
        return Num(other / self.v)

    def __floordiv__(self, other):
        return Num(self.v // other)

    def __rfloordiv__(self, other):
        return Num(other // self.v)

    def __mod__(self, other):
        return Num(self.v % other)

    def __rmod__(self, other):
        return Num(other % self.v)

    def __pow__(self, other):
        return Num(self.v ** other)

    def __rpow__(self, other):
        return Num(other ** self.v)

    def __repr__(self):
        return "Num(" + repr(self.v) + ")"


n = Num(4)
print(10 - n, n - 10, 2.5 - n, n - 0.5)
print(1 / n, n / 8, 1.0 / Num(8), 3 / Num(2.0))
print(7 // Num(2), Num(7) // 2, -7 // Num(2), 7.5 // Num(2))
print(7 % Num(3), Num(7) % 3, -7 % Num(3), 7.5 % Num(2))
print(2 ** Num(10), Num(2) ** 10, 2.0 ** Num(-1), Num(9) ** 0.5)
print(10 - (10 - n), (1 - n) - 1)
print(True - Num(1), 10 ** Num(20))


class Rep:
    def __init__(self, n):
        self.n = n

    def __mul__(self, other):
        return other * self.n

    def __rmul__(self, other):
        return other * self.n


r = Rep(3)
print(r * "ab", "ab" * r)
print(r * [1, 2], [0] * r)
print(r * 7, 7 * r, r * 1.5, 0.5 * r)
print(r * (1,), (None,) * Rep(2))
print(Rep(0) * "x", "x" * Rep(0) == "")


class Cat:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, other):
        return self.tag + "+" + str(other)

    def __radd__(self, other):
        return str(other) + "+" + self.tag


print(Cat("c") + "s", "s" + Cat("c"), 1 + Cat("c"), [1] + Cat("c"))
print(sum([Cat("x"), Cat("y")], 0))


class Left:
    def __sub__(self, other):
        return NotImplemented


class Right:
    def __rsub__(self, other):
        return "Right.__rsub__ got " + type(other).__name__

    def __rtruediv__(self, other):
        return "Right.__rtruediv__ got " + repr(other)


print(Left() - Right())
print(3 - Right(), 2.5 / Right(), "s" - Right())
