# Calling a class with a missing required __init__ argument.


class Triple:
    def __init__(self, a, b, c=3):
        self.a = a
        self.b = b
        self.c = c


t = Triple(1, 2)
print(t.a, t.b, t.c)
u = Triple(1, b=5, c=6)
print(u.a, u.b, u.c)
v = Triple(1)
print("unreachable")
