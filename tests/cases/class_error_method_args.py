# Calling a method with too many arguments reports the qualified method name.


class Calc:
    def __init__(self, base):
        self.base = base

    def add(self, x, y=0):
        return self.base + x + y


c = Calc(10)
print(c.add(1), c.add(1, 2), c.add(x=3, y=4))
print(c.add(1, 2, 3))
print("unreachable")
