# any()/all() always return bools, whatever the items are.
print(any([0, 5]), any(["", "x"]), all([1, "a", [0]]), all([1, None]))
print(any(x for x in [0, 7]), all(x for x in ["a", "b"]))
print(type(any(x for x in [3])).__name__, type(all(x for x in [])).__name__)
print(any(x for x in [0.0, -0.0]), any(x for x in [float("nan")]), all(x for x in [0.1, -1]))
print(any([[]]), any([[0]]), all([(), ()]), all([(0,)]))
print(any(x > 0 for x in range(-3, 1)), all(x < 0 for x in range(-3, 0)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(any(x for x in {0: "a"}), all(x for x in {1: 0}), any(x for x in {0: 1}.values()))
print(any(x for x in set()), all(x for x in set()), any(x for x in {0, 3}))
print(any(2**100 == x for x in [2**100]), all(x == x for x in [float("nan")]))
def typed_any(xs: list[int], t: int) -> bool:
    return any(x == t for x in xs)
def typed_all(xs: list[float]) -> bool:
    return all(x > 0.0 for x in xs)
print(typed_any([1, 2, 3], 2), typed_any([], 0), typed_all([0.5, 1.0]), typed_all([1.0, -0.0]), typed_all([]))
found = False
for x in [1, 3, 5]:
    if x % 2 == 0:
        found = True
        break
print(found == any(x % 2 == 0 for x in [1, 3, 5]))
