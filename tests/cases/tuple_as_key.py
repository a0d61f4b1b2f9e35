grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid)
print(grid[(1, 2)], grid[1, 2], (2, 2) in grid, (3, 3) in grid)
del grid[0, 0]
grid[(0, 0)] = "moved"
print(list(grid)[-2:], len(grid))
seen = set()
for p in [(1, 2), (2, 1), (1, 2), (1, 2.0), (True, 2)]:
    seen.add(p)
print(len(seen), sorted(seen))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) in memo:
        return memo[(r, c)]
    v = paths(r - 1, c) + paths(r, c - 1)
    memo[(r, c)] = v
    return v
print(paths(10, 10), len(memo))
print(paths(30, 30))
nested_key = {((1, 2), "a"): 1, ((), ()): 2}
print(nested_key[((1, 2), "a")], nested_key[(), ()])
