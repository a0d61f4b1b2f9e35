# Generator expressions nested in each other's element and condition expressions.
rows = [[1, 2, 3], [4, 5], [], [6]]
print(sum(sum(x for x in r) for r in rows))
print(max(len(r) for r in rows if sum(x for x in r) > 3))
print([r for r in rows if any(x % 2 == 0 for x in r)])
print(all(min((x for x in r), default=0) >= 0 for r in rows))
print(sorted((sum(r) for r in rows), key=lambda s: -s))
print(",".join(str(max(r, default=-1)) for r in rows))
print(dict((i, tuple(x * 2 for x in r)) for i, r in enumerate(rows) if r))
print(set(len(r) for r in rows), list(sum(1 for _ in r) for r in rows))
print(min((sum(x * x for x in r), i) for i, r in enumerate(rows)))
def score(m: list[list[float]]) -> float:
    return max(sum(v for v in row) / len(row) for row in m if row)
print(score([[1.0, 2.0], [], [0.5, 0.25, 3.0]]))
def count(m):
    return sum(sum(1 for v in row if v > 2) for row in m)
print(count(rows), count([]))
total = 0
for r in rows:
    total += sum(x for x in r if x != 5)
print(total)
for i, s in enumerate([sum(x for x in r) for r in [[1], [2, 3]]]):
    print(i, s)
