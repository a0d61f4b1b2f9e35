# sorted() is stable, also with reverse=True (equal keys keep their order).
recs = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2), ("ed", 1), ("flo", 3)]
print(sorted((r for r in recs), key=lambda r: r[1]))
print(sorted((r for r in recs), key=lambda r: r[1], reverse=True))
print([n for n, _ in sorted(recs, key=lambda r: -r[1])])
print(sorted((w for w in ["bb", "a", "cc", "d", "ee"]), key=len))
print(sorted((w for w in ["bb", "a", "cc", "d", "ee"]), key=len, reverse=True))
print(sorted((x for x in [1, 1.0, True, 1]), reverse=True))
print([type(v).__name__ for v in sorted([1.0, 1, True], reverse=True)])
by_name = sorted(recs)
by_score = sorted(by_name, key=lambda r: r[1], reverse=True)
print(by_score)
print(sorted(range(10), key=lambda v: v % 3))
print(sorted(range(10), key=lambda v: v % 3, reverse=True))
print(sorted("aAbBcC", key=str.lower), sorted("aAbBcC", key=str.lower, reverse=True))
calls = []
def k(v):
    calls.append(v)
    return v % 2
print(sorted((x for x in [3, 2, 1, 4]), key=k), calls)
