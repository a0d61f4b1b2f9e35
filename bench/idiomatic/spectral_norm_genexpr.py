# Spectral norm as people write it: sum() over generator expressions,
# enumerate and zip, no annotations.


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u):
    return [sum(a(i, j) * x for j, x in enumerate(u)) for i in range(len(u))]


def times_transposed(u):
    return [sum(a(j, i) * x for j, x in enumerate(u)) for i in range(len(u))]


def norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = sum(x * y for x, y in zip(u, v))
    vv = sum(y * y for y in v)
    return (vbv / vv) ** 0.5


print(f"{norm(300):.9f}")
