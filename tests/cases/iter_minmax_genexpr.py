# min()/max() of generator expressions, ties, mixed int/float, nan.
xs = [4, -2, 7, 0, -9, 3, 7, -9]
print(min(x for x in xs), max(x for x in xs))
print(min(x * x for x in xs), max(-x for x in xs))
print(min(abs(x) for x in xs if x), max(x % 5 for x in xs))
print(min(x for x in [1, 1.0]), max(x for x in [1, 1.0]), min(x for x in [1.0, 1]), max(x for x in [1.0, 1]))
print(max(x for x in [True, 1]), min(x for x in [0, False]), max(x for x in [2, True, 2.0]))
print(min(x for x in [2**70, -(2**70), 5]), max(x for x in [2**64, 2**64 + 1.0]))
nan = float("nan")
print(min(x for x in [nan, 1.0, 2.0]), min(x for x in [1.0, nan, 0.5]), max(x for x in [1.0, nan]))
print(max(x for x in [-0.0, 0.0]), max(x for x in [0.0, -0.0]), min(x for x in [0.0, -0.0]))
print(min(s for s in ["pear", "apple", "fig"]), max(s for s in ["pear", "apple", "fig"]))
print(min(c for c in "hello"), max(c for c in "hello"))
print(min((x, i) for i, x in enumerate(xs)), max((x, -i) for i, x in enumerate(xs)))
print(min([x] for x in [3, 1]), max((len(s), s) for s in "a bb cc d".split()))
print(min(xs), max(xs), min(3, 1, 2), max("b", "a"), min((5, 2)), max(range(4)))
print(max(i for i in range(10**6)), min(i for i in range(-5, 5)))
def tmin(v: list[float]) -> float:
    return min(x for x in v)
def tmax(v: list[int]) -> int:
    m = v[0]
    for x in v:
        if x > m:
            m = x
    return m
print(tmin([2.5, -1.5, 0.0]), tmin([nan, 1.0]), tmax([3, 9, 9, 1]))
