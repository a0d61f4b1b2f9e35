xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.index(1), xs.index(5), xs.index(3), xs.index(5, 5), xs.index(5, 9))
print(xs.index(1, 2), xs.index(1, -9), xs.index(5, -3, -1), xs.index(9, 0, 100))
print(xs.index(3, 1), xs.index(6, -100))
print(xs.count(5), xs.count(1), xs.count(7), xs.count(3))
ys = [1, 1.0, True, "1", [1], (1,)]
print(ys.count(1), ys.count(True), ys.count("1"), ys.count([1]), ys.count((1,)))
print(ys.index(True), ys.index(1.0), ys.index([1]), ys.index((1,)))
zs = [[1, 2], [1, 2], [2, 1]]
print(zs.count([1, 2]), zs.index([2, 1]))
s = "mississippi"
chars = list(s)
print(chars.count("s"), chars.index("s"), chars.index("s", 4), chars.index("p", -3))
print([chars.index(c) for c in "misp"])
print(xs.index(5, 4, 5))
