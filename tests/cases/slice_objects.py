xs = list(range(10))
s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step, xs[s], "abcdefghij"[s], tuple(xs)[s])
evens = slice(None, None, 2)
print(xs[evens], xs[slice(3)], xs[slice(-3, None)], range(10)[slice(1, 4)])
xs[slice(0, 3)] = ["a", "b"]
print(xs)
del xs[slice(None, None, 3)]
print(xs)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(5))
rows = [[1, 2, 3], [4, 5, 6]]
cols = slice(1, None)
print([r[cols] for r in rows])
hash(slice(1, 2))
