xs = [10, 20, 30]
xs.insert(0, 5)
print(xs)
xs.insert(2, 15)
print(xs)
xs.insert(len(xs), 99)
print(xs)
xs.insert(-1, 88)
print(xs)
xs.insert(-2, 77)
print(xs)
xs.insert(100, "end")
print(xs)
xs.insert(-100, "start")
print(xs)
xs.insert(2 ** 62, "big")
print(xs)
xs.insert(-(2 ** 62), "neg big")
print(xs)
ys = []
ys.insert(5, "a")
ys.insert(-5, "b")
ys.insert(1, "c")
print(ys)
zs = []
for i in range(6):
    zs.insert(i // 2, i)
    print(i, zs)
ws = []
for i in range(5):
    ws.insert(-1, i)
print(ws)
