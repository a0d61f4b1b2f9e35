# Mutating a typed list inside for/enumerate/zip/comprehension loops: the length is re-read each step.
def grow(xs: list[int]) -> list[int]:
    for x in xs:
        if x < 20:
            xs.append(x * 3)
    return xs

def shrink(xs: list[int]) -> list[int]:
    seen: list[int] = []
    for i, x in enumerate(xs):
        seen.append(x)
        xs.pop()
    return seen

def zip_grow(xs: list[float], ys: list[float]) -> float:
    t = 0.0
    for x, y in zip(xs, ys):
        t += x * y
        if len(ys) < 5:
            ys.append(1.0)
            xs.append(2.0)
    return t

def comp_grow(xs: list[int]) -> list[int]:
    return [xs.append(x + 1) or x for x in xs if len(xs) < 6]

def sum_shrink(xs: list[int]) -> int:
    return sum(xs.pop() * 0 + x for x in xs)

def del_front(xs: list[float]) -> list[float]:
    out: list[float] = []
    for x in xs:
        out.append(x)
        del xs[0]
    return out

print(grow([1, 2]))
print(shrink([1, 2, 3, 4, 5]))
print(zip_grow([1.0, 1.0], [0.5, 0.5, 0.5]))
print(comp_grow([1]))
print(sum_shrink([1, 2, 3, 4, 5]))
print(del_front([1.0, 2.0, 3.0, 4.0]))
xs = [1, 2, 3]
for x in xs:
    if len(xs) < 5:
        xs.append(x)
    print("module", x)
