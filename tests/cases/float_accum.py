s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
t: float = 0
for i in range(1, 101):
    t += 1 / i / i
print(t)
p = 1.0
for i in range(1, 30):
    p *= i
print(p)
q = 1.0
for i in range(1, 200):
    q *= i
print(q)
r = 1.0
for i in range(1100):
    r /= 2
print(r)
