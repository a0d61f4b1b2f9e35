# `**` with a float or a negative int exponent gives a float.
def f(a, b):
    return a ** b


def g(x):
    return x ** -1.5


def h(n):
    return n ** -2


print(f(2, -1), f(2.0, 0.5), f(-2.0, 2.0), f(-2.0, 3), f(4, 0.5), f(-8, 1 / 3 * 3))
print(g(4.0), g(1e-300 * 1e-300 + 1.0), h(2), h(-3), 2 ** -1, (-2) ** -1, 10 ** -0)
acc = 0.0
for i in range(1, 6):
    acc += i ** -0.5 + (i * 1.5) ** 2 + 2.0 ** i
print(acc)
print(0.0 ** 0, (-0.0) ** 3, 1.0 ** float("nan"), float("inf") ** -1)
vals = [x ** -1 for x in range(1, 5)]
print(vals, sum(vals))
print(h(0))
