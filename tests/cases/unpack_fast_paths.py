# Unpacking tuples and lists of the right length (read in place) and
# everything else (through the iterator protocol), with the items outliving
# the sequence they came from.
def pair(i):
    return (str(i) * 2, [i, i + 1])


def first_and_rest(xs):
    a, b, c = xs
    return a, [b, c]


s, lst = pair(3)
lst.append(9)
print(s, lst)
row = ["x" * 3, 2.5, 10**30]
a, b, c = row
row[0] = "changed"
row.clear()
print(a, b, c, row)
print(first_and_rest((1, 2, 3)), first_and_rest([4.5, "y", None]))
print(first_and_rest("abc"), first_and_rest(range(3)), first_and_rest({7: 0, 8: 0, 9: 0}))
grid = [(i, [j for j in range(i)]) for i in range(4)]
for n, items in grid:
    print(n, items, len(items) == n)
for (p, q), r in [((1, 2), 3), ([4, 5], 6), ("ab", "c")]:
    print(p, q, r)
x, y = y, x = 1, 2
print(x, y)
t = (1.5, 2.5)
u, v = t
print(u + v, t)
nested = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
for [a1, a2], [b1, b2] in nested:
    print(a1 * b1 + a2 * b2)
try_short = [1, 2]
m, n2, *rest = try_short + [3]
print(m, n2, rest)
bad = (1, 2, 3)
e, f = bad
