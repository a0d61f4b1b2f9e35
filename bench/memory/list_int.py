# Peak memory of a list[int] of 10 million elements (measure with
# /usr/bin/time -v; the bound: at most half of CPython's peak RSS).
def build(n: int) -> list[int]:
    xs = []
    for i in range(n):
        xs.append(i * 7 + 1000)
    return xs


xs = build(10000000)
print(len(xs), xs[0], xs[-1], sum(xs) % 1000003)
