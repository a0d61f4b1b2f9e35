# Peak memory of a dict[int, int] of 1 million entries (measure with
# /usr/bin/time -v; the bound: at most half of CPython's peak RSS).
def build(n: int) -> dict[int, int]:
    d = {}
    for i in range(n):
        d[i * 3 + 1000] = i * 5 + 7
    return d


d = build(1000000)
print(len(d), d[1000], d[3 * 999999 + 1000], sum(d.values()) % 1000003)
