# __iter__ returning a builtin iterator, used by every iteration consumer.


class Bag:
    def __init__(self, items):
        self.items = items
        self.iters = 0

    def __iter__(self):
        self.iters += 1
        return iter(self.items)


b = Bag([3, 1, 2])
for x in b:
    print("item", x)
print(list(b), sorted(b), sum(b), min(b), max(b))
print(tuple(b), sorted(set(b)), sorted(b, reverse=True))
x, y, z = b
print(x, y, z)
first, *rest = b
print(first, rest)
print(list(enumerate(b)), list(enumerate(b, 1)))
print(list(zip(b, b)), list(zip(b, "abc")))
print(dict(zip(Bag(["k1", "k2"]), b)))
print([v * 2 for v in b], any(b), all(b), all(Bag([1, 0])))
print(" ".join(Bag(["a", "b", "c"])))
print(list(map(str, b)), list(filter(None, Bag([0, 1, 2, 0]))))
print(max(b, key=lambda v: -v), sorted(Bag(["bb", "a", "ccc"]), key=len))
it = iter(b)
print(next(it), list(it), next(it, "done"))
pairs = [(p, q) for p in b for q in b if p < q]
print(pairs)
print(b.iters)


class Keys:
    def __init__(self, d):
        self.d = d

    def __iter__(self):
        return iter(self.d)


class Chars:
    def __init__(self, s):
        self.s = s

    def __iter__(self):
        return iter(self.s)


class Span:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


class Wrapper:
    def __init__(self, inner):
        self.inner = inner

    def __iter__(self):
        return iter(self.inner)


print(list(Keys({"x": 1, "y": 2})), list(Chars("hey")), sum(Span(101)))
print(list(Wrapper(Wrapper(Span(4)))), sorted(Wrapper(Chars("cab"))))
lst = [9]
lst.extend(Span(3))
print(lst, set(Chars("aab")) == {"a", "b"}, dict.fromkeys(Chars("xy")))
print(list(reversed(list(Span(5)))), len(list(Span(7))))
p, q = Chars("pq")
print(p, q)
for i, (k, v) in enumerate(Wrapper([("a", 1), ("b", 2)])):
    print(i, k, v)
