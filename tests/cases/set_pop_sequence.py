s = {9, 2, 7, 4, 1, 8}
out = []
while s:
    out.append(s.pop())
print(out)
t = {"red", "green", "blue", "cyan"}
while t:
    print(t.pop(), t)
u = set(range(20, 0, -3))
print(u)
print(u.pop(), u.pop(), u)
u.add(100)
print(u.pop(), u)
v = {-1, -2, -3, 0}
print(v.pop(), v.pop(), v)
w = {(1, 2), (0, 0), (5, 5)}
print(w.pop(), w.pop(), w)
x = set()
for i in range(50):
    x.add(i * 7 % 50)
for i in range(10):
    x.pop()
print(sorted(x)[:5], len(x), x)
