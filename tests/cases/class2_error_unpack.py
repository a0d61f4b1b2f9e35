# Unpacking an object whose __iter__ yields too many values.


class Triple:
    def __init__(self, a, b, c):
        self.vals = [a, b, c]

    def __iter__(self):
        return iter(self.vals)


t = Triple(1, 2, 3)
a, b, c = t
print(a, b, c)
first, *rest = t
print(first, rest)
x, y = t
print("unreachable", x, y)
