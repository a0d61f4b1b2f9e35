# list()/tuple()/set() of generator expressions.
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(list(x for x in xs), tuple(x for x in xs))
print(list(x * 2 for x in xs if x % 2), tuple(x for x in xs if x > 100))
print(set(x for x in xs), set(x % 3 for x in xs), set(x for x in []))
print(set(-x for x in range(6)), set(x for x in [-1, -2, 1, 2]))
print(set(x * 7 for x in range(12)))
print(set(2**k for k in range(60, 66)))
print(set((x, x % 2) for x in range(4)))
print(list(c for c in "héllo"), tuple(ch.upper() for ch in "ab"))
print(list(range(3)), tuple(range(3, 0, -1)), set(range(-3, 3)))
print(list((i, c) for i, c in enumerate("ab")), list(zip(range(3), "xyz")))
print(list(x for x in (1.5, -0.0, float("inf"))))
print(frozenset(x for x in [2, 2, 1]), sorted(frozenset(x * x for x in range(-3, 4))))
print(len(list(x for x in range(10000))), len(set(x % 100 for x in range(10000))))
print(list(list(x for x in range(i)) for i in range(4)))
print(list(x for x in {"b": 1, "a": 2}), list(v for v in {"b": 1, "a": 2}.values()))
def typed(n: int) -> list[int]:
    return list(i * i for i in range(n))
def typed_t(xs: list[float]) -> tuple[float, ...]:
    return tuple(x / 2 for x in xs)
print(typed(5), typed(0), typed_t([1.0, 3.0]), typed_t([]))
t = tuple(x for x in [7])
print(t, type(t).__name__, list(x for x in t) == [7])
