xs = [1, 2, 3, 4]
r = xs.reverse()
print(r, xs)
ys = xs.copy()
ys.append(5)
print(xs, ys)
zs = xs
zs.append(0)
print(xs, zs)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([3])
print(nested, shallow)
xs.clear()
print(xs, zs, len(zs))
e = []
e.reverse()
print(e, e.copy())
one = ["only"]
one.reverse()
print(one)
s = list("racecar")
t = s.copy()
t.reverse()
print(s == t, s, t)
u = list("abcde")
u.reverse()
print(u)
u.reverse()
print(u)
sl = u[:]
sl.clear()
print(u, sl)
