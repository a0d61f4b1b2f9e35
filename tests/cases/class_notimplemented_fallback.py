# NotImplemented from __add__/__eq__ makes Python try the reflected method.


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented

    def __repr__(self):
        return str(self.v) + "m"


class Feet:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Feet):
            return Feet(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        # handles Meters + Feet after Meters.__add__ gives up
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3048)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Meters):
            return abs(self.v * 0.3048 - other.v) < 1e-9
        if isinstance(other, Feet):
            return self.v == other.v
        return NotImplemented

    def __repr__(self):
        return str(self.v) + "ft"


m = Meters(10)
f = Feet(10)
print(m + Meters(5))
print(f + Feet(2))
print(m + f)
print(Meters(0.3048) == Feet(1))
print(Feet(1) == Meters(0.3048))
print(Meters(1) == Feet(1), Meters(1) != Feet(1))
print(m == 10, 10 == m, m != 10)
print(m == "10m", f == "10ft")


class Opaque:
    def __eq__(self, other):
        return NotImplemented


o1 = Opaque()
o2 = Opaque()
# both sides NotImplemented -> identity comparison
print(o1 == o2, o1 == o1, o1 != o2, o1 != o1)
print(o1 in [o2], o1 in [o2, o1])


class Left:
    def __eq__(self, other):
        print("  Left.__eq__")
        return NotImplemented


class Right:
    def __eq__(self, other):
        print("  Right.__eq__")
        return "right-says-yes"


print(Left() == Right())
print(Right() == Left())
print(Left() != Right())
