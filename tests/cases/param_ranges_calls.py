# Parameter ranges come from every call in the program: a function called
# with small ints at one site and huge ones at another, through recursion,
# through function values, defaults and key functions must stay exact.
def sq(n: int) -> int:
    return n * n + 1


def tri(i: int, j: int) -> int:
    return (i + j) * (i + j + 1) // 2 + i + 1


for i in range(5):
    print(sq(i), tri(i, 2 * i))
print(sq(2**40), sq(-(2**62)), sq(3037000500))
print(tri(2**61, 2**61), tri(-(2**62), 5))


def grow(n: int, k: int) -> int:
    # Each call passes a bigger n: the range of n widens to infinity.
    if k == 0:
        return n
    return grow(n * 1000 + 7, k - 1)


print(grow(1, 3), grow(1, 30))


def ping(n: int) -> int:
    return n if n > 10**25 else pong(n * 31)


def pong(n: int) -> int:
    return ping(n + 1)


print(ping(1))


def scale(x: int, by: int = 2**63) -> int:
    return x * by


print(scale(3), scale(3, 2))
f = sq
print(f(2**62), list(map(sq, [2**62, 5])), sorted([3, 1, 2], key=sq))


def step(x: int) -> int:
    return x + 1


def apply_n(n: int) -> int:
    t = 0
    for i in range(n):
        t = step(t) + step(i * 2**61)
    return t


print(apply_n(4), apply_n(0))


def small_only(a: int) -> int:
    return a * a * a * a


print(small_only(7))
big = 10**5
print(small_only(big), small_only(-big), small_only(big * big))
