# The same sums in annotated functions, unannotated functions and at module level.
def s_float(xs: list[float]) -> float:
    return sum(x * x for x in xs)

def s_float_loop(xs: list[float]) -> float:
    t = 0.0
    for x in xs:
        t += x * x
    return t

def s_int(xs: list[int]) -> int:
    return sum(x for x in xs if x % 2 == 0)

def s_range(n: int) -> int:
    return sum(i * i for i in range(n))

def s_any(xs):
    return sum(x * x for x in xs)

data = [0.1, 0.2, 0.3, 1e-20, 1e20, -1e20]
print(s_float(data), s_float_loop(data), s_any(data), sum(x * x for x in data))
print(s_float([]), s_float_loop([]), s_any([]), sum(x * x for x in []))
print(s_int([1, 2, 3, 4, 2**70]), s_any([1, 2, 3]), s_range(10), s_range(-3))
ints = [5, 6, 7]
total = 0
for x in ints:
    total += x * x
print(total, s_any(ints), sum(x * x for x in ints))
mix = [1, 0.5, 2]
tm = 0
for x in mix:
    tm += x
print(tm, sum(x for x in mix), s_any(mix))
def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)
print(mean([1.0, 2.0, 4.0]), mean([0.1, 0.2]))
def weighted(ws: list[float], vs: list[float]) -> float:
    return sum(w * v for w, v in zip(ws, vs)) / sum(ws)
print(weighted([1.0, 3.0], [10.0, 20.0]))
