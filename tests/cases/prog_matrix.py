def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            out[i][j] = s
    return out

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(a, e):
    result = identity(len(a))
    base = a
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, base)
        base = matmul(base, base)
        e //= 2
    return result

def show(m):
    for row in m:
        print(" ".join(f"{x:>6}" for x in row))
    print("-" * 10)

a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
show(matmul(a, b))
show(matmul(b, a))
show(mat_pow([[1, 1], [1, 0]], 10))
fib = mat_pow([[1, 1], [1, 0]], 200)
print(fib[0][1])
c = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
show(matmul(c, identity(3)))
show(mat_pow(c, 5))
t = [list(r) for r in zip(c[0], c[1], c[2])]
show(t)
print(sum(c[i][i] for i in range(3)), [sum(r) for r in c], [sum(col) for col in t])
