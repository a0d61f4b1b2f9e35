a: int = 1
b: int = 2
a, b = b, a
print(a, b)
x, y, z = 3, 4, 5
x, y, z = z, x, y
print(x, y, z)
p: int = 0
q: int = 1
for i in range(10):
    p, q = q, p + q
print(p, q)
m, n = 2 ** 70, -1
m, n = n, m
print(m, n)
s, t = "s", 1.5
s, t = t, s
print(s, t)
