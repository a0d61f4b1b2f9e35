s = set()
for i in range(0, 100, 7):
    s.add(i)
print(s)
for i in range(0, 100, 14):
    s.discard(i)
print(s)
for i in range(200, 300, 11):
    s.add(i)
print(s)
t = set()
for w in ["k" + str(i) for i in range(12)]:
    t.add(w)
print(t)
for w in ["k" + str(i) for i in range(0, 12, 2)]:
    t.remove(w)
print(t)
u = {i * 8 for i in range(10)}
print(u)
u.update(range(3))
print(u)
v = set()
for i in range(30):
    v.add(i)
    if i % 3 == 0:
        v.discard(i // 2)
print(v)
