# enumerate in annotated functions.
def weighted(xs: list[float]) -> float:
    total = 0.0
    for i, x in enumerate(xs):
        total += i * x
    return total

def argmax(xs: list[int]) -> int:
    best = 0
    for i, x in enumerate(xs):
        if x > xs[best]:
            best = i
    return best

def index_sum(s: str, start: int) -> int:
    t = 0
    for i, _ in enumerate(s, start):
        t += i
    return t

def positions(s: str, c: str) -> list[int]:
    return [i for i, ch in enumerate(s) if ch == c]

def big(n: int) -> int:
    acc = 0
    for i, x in enumerate(range(n), 2**62):
        acc += i
    return acc

print(weighted([1.5, 2.5, -0.5]), weighted([]), weighted([0.1, 0.2, 0.3]))
print(argmax([3, 9, 2, 9]), argmax([1]), argmax([-5, -1, -3]))
print(index_sum("abcd", 10), index_sum("", 3), index_sum("xy", -7))
print(positions("mississippi", "s"), positions("abc", "z"))
print(big(4), big(0))

def untyped_weighted(xs):
    total = 0.0
    for i, x in enumerate(xs):
        total += i * x
    return total

print(untyped_weighted([1.5, 2.5, -0.5]), untyped_weighted([]), untyped_weighted([1, 2, 3]))
