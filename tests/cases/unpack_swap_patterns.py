xs = [5, 3, 8, 1, 9, 2]
n = len(xs)
for i in range(n):
    for j in range(n - 1 - i):
        if xs[j] > xs[j + 1]:
            xs[j], xs[j + 1] = xs[j + 1], xs[j]
    print(xs)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
fib = [0, 1]
x, y = 0, 1
for _ in range(15):
    x, y = y, x + y
    fib.append(y)
print(fib)
lst = list(range(8))
i, j = 0, len(lst) - 1
while i < j:
    lst[i], lst[j] = lst[j], lst[i]
    i, j = i + 1, j - 1
print(lst)
g = [[1, 2], [3, 4]]
g[0], g[1] = g[1], g[0]
g[0][0], g[0][1] = g[0][1], g[0][0]
print(g)
