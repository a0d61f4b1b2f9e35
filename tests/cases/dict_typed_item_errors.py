# Item reads and stores on dicts whose types sema knows go straight to the
# dict: the errors are still CPython's.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d["a"] + d["c"], d)
counts = {}
for w in "x y x".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
grid = {(0, 0): 1.5}
grid[(1, 2)] = 2.5
print(grid[(1, 2)] * 2, grid)
try_key = [1]
print(len(d))
d[try_key] = 5
