xs = []
for i in range(1000):
    xs.append(i)
print(len(xs), xs[0], xs[-1], sum(xs))
while len(xs) > 10:
    del xs[len(xs) // 2:]
    print(len(xs), xs[-1])
for i in range(500):
    xs.insert(0, -i)
print(len(xs), xs[:3], xs[-3:])
for i in range(495):
    xs.pop(0)
print(xs)
d = {}
for i in range(2000):
    d[i] = i * 2
for i in range(0, 2000, 3):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:], sum(d.values()))
s = set(range(1000))
for i in range(0, 1000, 2):
    s.remove(i)
print(len(s), min(s), max(s), sum(s))
