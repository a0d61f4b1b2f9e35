# `in` on an object with __iter__ but no __contains__ iterates and uses ==.


class Seq:
    def __init__(self, items):
        self.items = items
        self.iters = 0

    def __iter__(self):
        self.iters += 1
        return iter(self.items)


s = Seq([1, 2, 3])
print(2 in s, 5 in s, 5 not in s)
print(s.iters)
print(2.0 in s, True in s, "1" in s)
print(s.iters)


class Both:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("  __iter__")
        return iter(self.items)

    def __contains__(self, x):
        print("  __contains__")
        return x in self.items


both = Both(["a"])
print("a" in both)
print("b" not in both)
print(list(both))


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        print("  P.__eq__", self.x)
        return isinstance(other, P) and self.x == other.x


pts = Seq([P(1), P(2), P(3)])
print(P(2) in pts)
print(P(9) in pts)
words = Seq(["alpha", "beta"])
print("beta" in words, "gamma" in words, "alp" in words)
print([w for w in ["beta", "x", "alpha"] if w in words])
nested = Seq([Seq([1]), 2])
print(2 in nested, 1 in nested)
