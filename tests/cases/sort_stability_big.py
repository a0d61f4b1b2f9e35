items = [(i % 7, i) for i in range(60)]
by_mod = sorted(items, key=lambda t: t[0])
print(by_mod)
ok = True
for i in range(len(by_mod) - 1):
    a = by_mod[i]
    b = by_mod[i + 1]
    if a[0] == b[0] and a[1] > b[1]:
        ok = False
print(ok)
rev = sorted(items, key=lambda t: t[0], reverse=True)
print(rev[:12])
xs = [(i * 37) % 101 for i in range(101)]
xs.sort()
print(xs == list(range(101)))
xs.sort(key=lambda v: (v % 10, -v))
print(xs[:15], xs[-5:])
