# Calling a class with too many positional arguments for __init__.


class Pair:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b


p = Pair(1, 2)
print(p.a, p.b)
q = Pair(5)
print(q.a, q.b)
r = Pair(1, 2, 3)
print("unreachable")
