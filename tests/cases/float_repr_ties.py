# Float reprs where two shortest digit strings are equally close to the
# value: CPython prints the one ending in an even digit.
print(-1786734647619508.2, 1786734647619508.2, 4503599627370497.5)
print(9007199254740993.0 * 2, 2.0**54 + 6.0, 5e-324, 1e23, 0.3, 2.5, 0.125)
for k in range(1, 9):
    x = float(2**50 + 12345 * k) + 0.25 * (k % 4)
    print(repr(x), str(-x), f"{x}")
seed = 12345


def rnd() -> int:
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (2**64)
    return seed >> 11


h = 0
for i in range(3000):
    r = rnd()
    if i % 3 == 0:
        x = float(2**50 + r % 2**50) + 0.25 * (r % 4)
    elif i % 3 == 1:
        x = float(2**53 + r % 2**53) * 2.0
    else:
        x = float(r) * 2.0 ** (r % 200 - 100)
    for ch in repr(x):
        h = (h * 31 + ord(ch)) % 1000000007
print(h)
