# Spectral norm of the infinite matrix A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1)
# (the Computer Language Benchmarks Game kernel), on list[float] vectors:
# indexed loads and stores of floats in lists, float division and products.
def eval_a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v: list[float], out: list[float], n: int) -> None:
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v: list[float], out: list[float], n: int) -> None:
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v: list[float], out: list[float], tmp: list[float], n: int) -> None:
    mul_av(v, tmp, n)
    mul_atv(tmp, out, n)


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp, n)
        mul_atav(v, u, tmp, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


print(f"{spectral_norm(500):.9f}")
