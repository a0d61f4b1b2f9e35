# Slice assignment of the same length (overwritten in place) and from
# another list (read in place), with aliasing.
a = list(range(10))
a[2:5] = [20, 30, 40]
print(a)
a[:3] = a[7:]
print(a)
a[1:4] = a
print(a, len(a))
b = [[1], [2], [3], [4]]
keep = b[1]
b[0:2] = [b[3], b[2]]
print(b, keep)
c = list(range(17))
c[0:17] = list(range(100, 117))
print(c)
d = [1, 2, 3]
d[0:3] = d
print(d)
d[0:2] = (9, 8)
print(d)
d[5:1] = ["x"]
print(d)
e = list(range(6))
e[1:4] = e[4:1:-1]
print(e)
f = ["s" * i for i in range(5)]
f[1:3] = f[3:5]
print(f)
g = [1.5, 2.5]
g[0:1] = [10**30]
print(g)
h = list(range(5))
h[:] = []
print(h)
