# Mutating the list during enumerate/for iteration.
xs = [1, 2, 3]
for i, x in enumerate(xs):
    print("visit", i, x)
    if len(xs) < 7:
        xs.append(x * 10)
print(xs)

ys = [1, 2, 3, 4, 5, 6]
for i, y in enumerate(ys):
    print("remove", i, y)
    ys.remove(y)
print(ys)

zs = [5, 6, 7, 8]
for i, z in enumerate(zs):
    print("pop", i, z)
    zs.pop()
print(zs)

ws = [1, 2, 3]
for i, w in enumerate(ws):
    ws[i] = w * 100
    if i + 1 < len(ws):
        ws[i + 1] = -ws[i + 1]
    print("write", i, w)
print(ws)

vs = [1, 2, 3]
for i, v in enumerate(vs):
    print("rebind", i, v)
    vs = [9]
print(vs)

us = [0, 1, 2]
for u in us:
    print("plain", u)
    if u < 4:
        us.append(u + 3)
print(us)

ts = [1, 2, 3, 4]
for i, t in enumerate(ts):
    print("clear", i, t)
    if i == 1:
        ts.clear()
print(ts)

rs = [3, 1, 2]
for i, r in enumerate(rs):
    print("insert", i, r)
    if i < 2:
        rs.insert(0, -i)
print(rs)
