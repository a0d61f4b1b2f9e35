i = 100
xs = [i for i in range(3)]
print(xs, i)
total = 10
ys = [x + total for x in range(3)]
print(ys)
n = 4
grid = [[n * r + c for c in range(n)] for r in range(n)]
print(grid)
for k in range(2):
    print([k * m for m in range(3)])
print(k)
acc = []
for w in ["ab", "cd"]:
    acc.append([w + c for c in "xy"])
print(acc)
base = [1, 2, 3]
doubled = [x * 2 for x in base]
base.append(4)
print(doubled, base)
vals = [len(s) for s in [str(v) for v in [1, 22, 333]]]
print(vals)
