def grow(xs, ys):
    xs += ys
    return xs

def grow_copy(xs, ys):
    xs = xs + ys
    return xs

a = [1, 2]
b = a
a += [3]
print(a, b, a == b)
a = a + [4]
print(a, b, a == b)
c = [0]
r = grow(c, [1, 2])
print(c, r)
r2 = grow_copy(c, [3])
print(c, r2)
d = []
d += "abc"
print(d)
d += (1, 2)
print(d)
d += range(2)
print(d)
d += {"x": 0}
print(d)
t = (1,)
u = t
t += (2,)
print(t, u)
s = "a"
s2 = s
s += "b"
print(s, s2)
counts = {"x": [1]}
counts["x"] += [2]
print(counts)
L = [[1], [2]]
L[0] += [10]
L[1] *= 2
print(L)
M = L
L += L
print(M, len(M))
