xs = list(range(12))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[3]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
ys = list(range(12))
del ys[1::3]
print(ys)
del ys[::-2]
print(ys)
del ys[100:]
print(ys)
del ys[5:2]
print(ys)
del ys[:]
print(ys, len(ys))
zs = list("abcdefgh")
del zs[-3:]
print(zs)
del zs[::-1]
print(zs)
m = [[1, 2, 3], [4, 5, 6]]
del m[0][1]
print(m)
del m[1][::2]
print(m)
d = {"a": [1, 2, 3]}
del d["a"][0]
print(d)
ws = list(range(20))
while len(ws) > 3:
    del ws[::3]
    print(ws)
