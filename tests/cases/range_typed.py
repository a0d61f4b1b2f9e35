# Ranges as values: their items are ints.
r = range(2, 20, 3)
print(list(r), [x * x for x in r], sum(r), r[1] + r[-1], len(r), r[::2], list(r[1:3]))
xs = list(range(5))
xs.append(10**20)
print(xs, sum(xs))
def total(rr):
    t = 0
    for i in rr:
        t += i
    return t
print(total(range(100)), total(range(-5, 5)), total(range(10, 0, -2)))
ys = list(range(3))
ys[0] = "a"
print(ys)
print(tuple(range(4)), set(range(3)), sorted(range(5), reverse=True), max(range(7)), min(range(1, 9)))
big = range(2**62, 2**62 + 3)
print([v + 1 for v in big], big[0] * 2)
print(r[10])
