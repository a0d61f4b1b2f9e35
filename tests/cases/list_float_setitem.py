xs = [1.5, 2.5, 3.5]
a = xs[0]
xs[0] += 1.0
print(a, xs)
t = (xs[1],)
xs[1] = 9.0
print(t, xs)
for x in xs:
    xs[2] = x * 2
print(xs)
ys = [1, "a", 2.0]
ys[0] = 0.5
ys[1] = 1.5
ys[2] = 2.5
print(ys)
ys[-1] = 7.0
print(ys)
def f(v, lst):
    lst[0] = 100.0
    return v
zs = [3.25]
print(f(zs[0], zs), zs)
ws = [1.0]
try_idx = 5
ws[try_idx] = 2.0
