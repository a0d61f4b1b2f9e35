# Unpacking tuples and lists into names, as in pyperformance's
# unpack_sequence, written for Molt's benchmark set.

def swap_many(n):
    a, b, c, d, e = 1, 2, 3, 4, 5
    t = 0
    for _ in range(n):
        a, b, c, d, e = b, c, d, e, a
        t += a
    return t


def unpack_lists(n):
    row = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    t = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = row
        t += a + j
    return t


def pairs(n):
    pts = [(i, i * 2) for i in range(100)]
    t = 0
    for _ in range(n // 100):
        for x, y in pts:
            t += x * y
    return t


print(swap_many(4_000_000), unpack_lists(2_000_000), pairs(2_000_000))
