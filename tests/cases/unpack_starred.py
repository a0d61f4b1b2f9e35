first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
x, *empty, y = (1, 2)
print(x, empty, y)
(p, *q), r = [[1, 2, 3], 4]
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), "xy"]:
    print(head, tail)
d = {"k": 1, "m": 2}
k0, *ks = d
print(k0, ks)


def split_first(xs):
    h, *t = xs
    return h, t


print(split_first([9, 8, 7]))
one, *two, three = [1]
