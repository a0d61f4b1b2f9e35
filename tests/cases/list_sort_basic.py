xs = [5, 2, 9, 1, 5, 6, -3, 0]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
fs = [2.5, -1.0, 3, 0, 1e10, -1e-5, True]
fs.sort()
print(fs)
ws = ["pear", "Apple", "banana", "apple", "Banana", "cherry", ""]
ws.sort()
print(ws)
ws.sort(reverse=True)
print(ws)
ts = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
ts.sort()
print(ts)
ls = [[3], [1, 2], [1], [], [1, 1, 1]]
ls.sort()
print(ls)
big = [10 ** 20, -(10 ** 20), 5, 10 ** 19, -1]
big.sort()
print(big)
print(sorted("molt compiler"))
print(sorted((3, 1, 2)), sorted(range(5, 0, -1)), sorted({3: "c", 1: "a", 2: "b"}))
print(sorted([]), sorted(""), sorted([1]))
r = xs.sort()
print(r)
