a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
p, q = "hi"
print(p, q)
m, n = range(2)
print(m, n)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
s1, = {42}
print(s1)
(t,) = [7]
print(t)
[u, v] = (8, 9)
print(u, v)
i, j = divmod(100, 7)
print(i, j)
first, second = sorted({"zz": 0, "aa": 1})
print(first, second)
lo, hi = min(5, 3), max(5, 3)
print(lo, hi)
a = b = c = [1, 2]
a.append(3)
print(b, c)
key, val = list({"only": "one"}.items())[0]
print(key, val)
r1, r2, r3 = reversed("xyz")
print(r1, r2, r3)
e1, e2 = enumerate("q", 5), 0
print(list(e1), e2)
