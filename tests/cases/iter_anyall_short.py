# any()/all() short-circuit: side effects show how many items were consumed.
def show(x):
    print("  saw", x)
    return x

print(any(show(x) > 2 for x in [1, 2, 3, 4, 5]))
print(all(show(x) < 3 for x in [1, 2, 3, 4, 5]))
print(any(show(x) for x in [0, "", None, [], 0.0]))
print(all(show(x) for x in [1, "a", [0], 0, 5]))
print(any(show(x) for x in []), all(show(x) for x in []))
print(any(show(x) % 2 == 0 for x in range(1, 10, 2)))
print(all(show(c) != "l" for c in "hello"))
print(any(show(x) for x in [0, 2, 3]), all(show(x) for x in [1, 0, 3]))
print(any(show(k) == "b" for k in {"a": 1, "b": 2, "c": 3}))
print(all(show(v) for v in {"a": 1, "b": 0, "c": 3}.values()))
print(any(show(a) == b for a, b in zip([1, 2, 3], [3, 2, 1])))
print(all(show(i) == x for i, x in enumerate([0, 1, 5, 3])))
print(any(show(x) for x in [0] * 3), all(show(x) for x in (1, 1)))
n = [0]
def count(x):
    n[0] += 1
    return x
print(any(count(i) == 500 for i in range(10**6)), n)
