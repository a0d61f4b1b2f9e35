# Sorting: a million ints, then a million (int, int) tuples, with sorted()
# and list.sort(key=...), plus a checksum over the results.
def lcg_ints(n: int) -> list[int]:
    out = []
    x = 42
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 4)
    return out


xs = lcg_ints(1000000)
s = sorted(xs)
print(s[0], s[len(s) // 2], s[-1])
pairs = [(v % 1000, v) for v in xs]
pairs.sort()
print(pairs[0], pairs[500000], pairs[-1])
xs.sort(key=lambda v: -v)
print(xs[0], xs[-1])
