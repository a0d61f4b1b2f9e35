# Parallel assignment and swaps.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
xs = [10, 20, 30]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
i = 0
i, xs[i] = 1, 99
print(i, xs)
x, y = y, x = 5, 6
print(x, y)
p = q = [1]
p, q = q + [2], p
print(p, q)
a = 1.5
b = "s"
a, b = b, a
print(a, b)
def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(10), fib(100), fib(0))
def fibf(n: int) -> float:
    a, b = 0.0, 1.0
    for _ in range(n):
        a, b = b, a + b
    return a
print(fibf(10), fibf(80))
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)
lo, hi = 0, 10
while lo < hi:
    lo, hi = lo + 1, hi - 2
print(lo, hi)
