# A program written after the features, not tuned for (session 8).
import math
from typing import List, Dict

Matrix = List[List[float]]

def identity(n: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]

def mat_mul(a: Matrix, b: Matrix) -> Matrix:
    n, m, p = len(a), len(b), len(b[0])
    out = [[0.0] * p for _ in range(n)]
    for i in range(n):
        for k in range(m):
            aik = a[i][k]
            for j in range(p):
                out[i][j] += aik * b[k][j]
    return out

def fmt(m: Matrix) -> str:
    return "\n".join(" ".join(f"{x:8.3f}" for x in row) for row in m)

r = [[math.cos(0.5), -math.sin(0.5)], [math.sin(0.5), math.cos(0.5)]]
acc = identity(2)
for _ in range(4):
    acc = mat_mul(acc, r)
print(fmt(acc))
print(round(acc[0][0], 12), math.sqrt(sum(x * x for row in acc for x in row)))
stats: Dict[str, float] = {}
data = [2.5, 3.5, 1.0, 4.0, 9.5]
stats["mean"] = sum(data) / len(data)
stats["var"] = sum((x - stats["mean"]) ** 2 for x in data) / (len(data) - 1)
stats["sd"] = math.sqrt(stats["var"])
stats["median"] = sorted(data)[len(data) // 2]
for k, v in stats.items():
    print(f"{k:>6}: {v:.6f} {v!r}")
print(math.floor(-2.5), math.ceil(-2.5), math.isqrt(99), math.gcd(12, 18), math.log(8, 2), math.log10(1000), math.pi)
