# sorted() of generator expressions, with key= and reverse=.
xs = [5, -3, 8, 0, -3, 2, 8]
print(sorted(x for x in xs), sorted((x for x in xs), reverse=True))
print(sorted(x * x for x in xs), sorted((x for x in xs), key=abs))
print(sorted((x for x in xs), key=lambda v: -v, reverse=True))
print(sorted(c for c in "banana"), sorted(w for w in "the quick brown fox".split()))
print(sorted((w for w in "The quick Brown fox".split()), key=str.lower))
print(sorted(x for x in [2.5, 1, -0.5, 1.0, True]))
print(sorted(x for x in []), sorted((x for x in []), reverse=True))
print(sorted((x, y) for x in range(2) for y in range(2, 0, -1)))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), reverse=True))
print(sorted((v, k) for k, v in {"x": 2, "y": 1, "z": 2}.items()))
print(sorted(set(x % 4 for x in range(10)), reverse=True))
print(sorted((x for x in [2**65, -(2**65), 0, 2**64])))
print(sorted(range(5, 0, -1)), sorted("dcba", reverse=True))
def top(vals: list[float], n: int) -> list[float]:
    return sorted((v for v in vals), reverse=True)[:n]
print(top([0.5, 3.25, -1.0, 2.0], 2), top([], 3))
