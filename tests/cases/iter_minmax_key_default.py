# min()/max() with key=, default=, and ties (the first best item wins).
words = ["kiwi", "fig", "apple", "date", "pear", "plum"]
print(min(words, key=len), max(words, key=len))
print(min((w for w in words), key=len), max((w for w in words), key=lambda w: len(w)))
print(max((w for w in words if len(w) == 4), key=lambda w: 0))
print(min((w for w in words if len(w) == 4), key=lambda w: 0))
print(min((w for w in words if "z" in w), default="none"))
print(max((w for w in words if "z" in w), key=len, default=None))
print(min((x for x in []), default=0), max((x for x in range(0)), default=-1.5))
print(min((x for x in [5, 3]), default=100), max([], default=[]))
print(min([], key=len, default="d"), max((), default=()))
d = {"a": 3, "b": 1, "c": 3}
print(max(d, key=d.get), min(d, key=d.get), max(d.items(), key=lambda kv: kv[1]))
print(min((x for x in [-3, 2, -1]), key=abs), max((x for x in [-3, 2, 3]), key=abs))
print(min(range(-5, 5), key=lambda v: v * v), max(range(-5, 5), key=lambda v: v * v))
print(max((x for x in [1.5, 2, 2.0]), key=lambda v: v), min((x for x in [2.0, 2]), key=float))
print(min("bca", key=ord), max(((1, "b"), (1, "a")), key=lambda t: t[0]))
print(min(3, 4, key=lambda v: -v), max(3, 4, 5, key=lambda v: v % 2))
pts = [(1, 2), (3, -1), (0, 0), (-2, 2)]
print(min(pts, key=lambda p: p[0] * p[0] + p[1] * p[1]), max(pts, key=lambda p: p[1]))
