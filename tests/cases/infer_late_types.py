# Types that become known only after a later call site is seen (a slice of
# a parameter, an index by a loop variable) stay precise and correct.
def combinations(l):
    result = []
    for x in range(len(l) - 1):
        ls = l[x + 1:]
        for y in ls:
            result.append((l[x], y))
    return result


BODIES = [([1.0, 2.0], 3.0), ([4.0, 5.0], 6.0), ([7.0, 8.0], 9.0)]
PAIRS = combinations(BODIES)


def total(pairs=PAIRS):
    s = 0.0
    for ([a, b], m1), ([c, d], m2) in pairs:
        s += (a - c) * m1 + (b - d) * m2
    return s


print(total(), len(PAIRS))
t = (1, "x", 2.5)
def pick(tup, i):
    return tup[i]
print(pick(t, 0), pick(t, 1), pick(t, -1))
