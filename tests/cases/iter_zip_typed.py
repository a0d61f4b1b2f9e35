# zip inside annotated functions (list[float], list[int], str).
def dot(xs: list[float], ys: list[float]) -> float:
    total = 0.0
    for x, y in zip(xs, ys):
        total += x * y
    return total

def dot_gen(xs: list[float], ys: list[float]) -> float:
    return sum(x * y for x, y in zip(xs, ys))

def diffs(xs: list[int]) -> list[int]:
    return [b - a for a, b in zip(xs, xs[1:])]

def hamming(a: str, b: str) -> int:
    n = 0
    for p, q in zip(a, b):
        if p != q:
            n += 1
    return n

def interleave(a: list[int], b: list[int]) -> list[int]:
    out: list[int] = []
    for x, y in zip(a, b):
        out.append(x)
        out.append(y)
    return out

print(dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]), dot([], []), dot([0.1, 0.2], [0.3, 0.4, 9.0]))
print(dot_gen([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]), dot_gen([], []), dot_gen([-0.0], [1.0]))
print(diffs([1, 4, 9, 16]), diffs([5]), diffs([2**63 - 1, -(2**63)]))
print(hamming("karolin", "kathrin"), hamming("", "abc"), hamming("abc", "ab"))
print(interleave([1, 2, 3], [10, 20]))

def dot_untyped(xs, ys):
    total = 0
    for x, y in zip(xs, ys):
        total += x * y
    return total

print(dot_untyped([1, 2], [3, 4]), dot_untyped([1.5], [2]), dot_untyped([], [1]))
