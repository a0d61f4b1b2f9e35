# The same shapes in annotated functions, unannotated functions and module level.
def t_enum(xs: list[float]) -> float:
    acc = 0.0
    for i, x in enumerate(xs, 1):
        acc += i * x
    return acc

def u_enum(xs):
    acc = 0.0
    for i, x in enumerate(xs, 1):
        acc += i * x
    return acc

def t_zip(xs: list[int], ys: list[int]) -> list[int]:
    return [x * y for x, y in zip(xs, ys)]

def u_zip(xs, ys):
    return [x * y for x, y in zip(xs, ys)]

def t_items(d: dict[str, float]) -> str:
    return ",".join(k + "=" + str(v) for k, v in d.items())

def u_items(d):
    return ",".join(k + "=" + str(v) for k, v in d.items())

def t_minmax(xs: list[float]) -> tuple[float, float]:
    return min(x for x in xs), max(x for x in xs)

def u_minmax(xs):
    return min(x for x in xs), max(x for x in xs)

def t_range(n: int) -> list[int]:
    return [i * i for i in range(n - 1, -1, -2)]

def u_range(n):
    return [i * i for i in range(n - 1, -1, -2)]

fl = [0.5, -1.25, 3.0, 1e-3]
print(t_enum(fl), u_enum(fl))
acc = 0.0
for i, x in enumerate(fl, 1):
    acc += i * x
print(acc)
print(t_zip([1, 2, 3], [4, 5]), u_zip([1, 2, 3], [4, 5]), [x * y for x, y in zip([1, 2, 3], [4, 5])])
d = {"a": 0.1, "b": -0.0, "c": 2.0}
print(t_items(d), u_items(d), ",".join(k + "=" + str(v) for k, v in d.items()))
print(t_minmax(fl), u_minmax(fl), (min(x for x in fl), max(x for x in fl)))
print(t_range(7), u_range(7), [i * i for i in range(6, -1, -2)], t_range(0))
print(u_enum([1, 2]), u_zip("ab", [2, 3]), u_minmax(["b", "a"]))
