# The same generator shapes evaluated repeatedly, nested and inside loops.
for n in range(5):
    print(n, sum(i for i in range(n)), max((i for i in range(n)), default=None), any(i > 2 for i in range(n)))
print([sum(j for j in range(i)) for i in range(6)])
print([min(x for x in row) for row in [[3, 1], [5], [0, -1, 2]]])
print([", ".join(str(c) for c in range(k)) for k in range(4)])
print([sorted((x for x in range(k)), reverse=True) for k in range(4)])
totals = []
for row in [[1.5, 2.5], [], [0.25]]:
    totals.append(sum(x for x in row))
print(totals)
def per_row(m: list[list[int]]) -> list[int]:
    out: list[int] = []
    for row in m:
        out.append(sum(v * v for v in row))
    return out
print(per_row([[1, 2], [3], []]))
def count_ok(m):
    return sum(1 for row in m if all(v > 0 for v in row))
print(count_ok([[1, 2], [0], [], [3, -1], [5]]))
grid = [[i * 3 + j for j in range(3)] for i in range(3)]
print(sum(sum(r) for r in grid), [sum(r[c] for r in grid) for c in range(3)])
print(max(sum(r) for r in grid), list(tuple(r) for r in grid))
