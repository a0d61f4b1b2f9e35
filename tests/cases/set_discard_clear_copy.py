s = set(range(10))
for x in range(0, 20, 3):
    s.discard(x)
    print(x, s)
c = s.copy()
c.add(100)
print(s, c)
s.clear()
print(s, c, len(s))
s.add("again")
print(s)
t = {1, 2, 3}
u = t
u.discard(2)
print(t)
print(t.copy() == t, t.copy() is t)
