print([1, 2] * 3, 3 * [0], [1] * 0, [1, 2] * -1, [] * 5, ["a"] * 1)
n = -5
print([7] * n, n * [7], [None] * 4)
xs = [1, 2]
xs *= 2
print(xs)
alias = xs
xs *= 2
print(alias, len(alias))
xs *= 0
print(xs, alias)
ys = [3]
ys *= -3
print(ys)
row = [0] * 3
grid = [row] * 3
grid[0][1] = 5
print(grid)
good = [[0] * 3 for _ in range(3)]
good[0][1] = 5
print(good)
g2 = [[0] * 2] * 2
g2[1].append(9)
print(g2)
t = (1, 2) * 2
print(t, (0,) * 0, () * 9, ("x",) * -1)
s = "ab" * 3
print(s, "x" * 0, "y" * -2)
print([True] * 2 + [False] * 2)
big = [0] * 1000
print(len(big), sum(big), big[999])
