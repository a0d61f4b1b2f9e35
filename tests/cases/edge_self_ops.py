xs = [1, 2, 3]
xs.extend(xs)
print(xs)
xs += xs
print(xs, len(xs))
ys = [1, 2]
ys[:] = ys
print(ys)
ys[1:1] = ys
print(ys)
ys[::2] = ys[1::2] + [0] * (len(ys[::2]) - len(ys[1::2]))
print(ys)
zs = [1, 2, 3]
zs[len(zs):] = zs
print(zs)
zs *= 2
print(zs, len(zs))
d = {"a": 1}
d.update(d)
d |= d
print(d)
s = {1, 2}
s |= s
s &= s
print(s)
s ^= s
print(s)
t = {3, 4}
t -= t
print(t)
w = [[1]]
w.append(w[0])
w[0] += [2]
print(w)
w[0] *= 2
print(w)
