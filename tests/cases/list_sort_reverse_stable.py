recs = [("a", 2), ("b", 1), ("c", 2), ("d", 3), ("e", 1), ("f", 2)]
print(sorted(recs, key=lambda r: r[1], reverse=True))
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
recs.sort(key=lambda r: r[1])
print(recs)
xs = [3, 1, 2]
xs.sort(reverse=False)
print(xs)
xs.sort(reverse=1)
print(xs)
xs.sort(reverse=0)
print(xs)
ws = ["b", "A", "a", "B"]
print(sorted(ws, reverse=True))
print(sorted(ws, key=lambda s: s.lower(), reverse=True))
print(sorted(ws, key=lambda s: s.lower()))
flags = [(True, 1), (False, 2), (True, 3), (False, 4)]
print(sorted(flags, key=lambda f: f[0], reverse=True))
print(sorted(flags, key=lambda f: not f[0]))
print(list(reversed(sorted(flags, key=lambda f: f[0]))))
