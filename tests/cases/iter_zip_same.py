# zip of the same list with itself, and of lists mutated during the loop.
xs = [1, 2, 3]
for a, b in zip(xs, xs):
    print(a, b, a is b)
print([a * b for a, b in zip(xs, xs)])
print(list(zip(xs, xs[1:])))
print(list(zip(xs, reversed(xs))))
ys = [1, 2, 3]
for a, b in zip(ys, ys):
    print("append", a, b)
    if len(ys) < 6:
        ys.append(a + 10)
print(ys)
zs = [1, 2, 3, 4]
for a, b in zip(zs, zs[:]):
    print("shrink", a, b)
    zs.pop(0)
print(zs)
ws = [0, 0, 0]
for i, w in zip(range(3), ws):
    ws[i] = i + 1
    if i + 1 < 3:
        ws[i + 1] = 99
    print("rw", i, w)
print(ws)
s = "hello"
print(sum(1 for a, b in zip(s, s[1:]) if a == b))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(m[0], m[1], m[2])))
print([list(col) for col in zip(m[0], m[1], m[2])])
