# __add__ returning NotImplemented with no reflected method -> TypeError.


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __repr__(self):
        return str(self.v) + "m"


print(Meters(1) + Meters(2))
print(Meters(5) + Meters(0.5))
print(Meters(1) + 2)
print("unreachable")
