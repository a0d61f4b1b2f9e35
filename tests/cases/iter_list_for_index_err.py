# Indexing past the end inside a range(len(xs)) loop after shrinking the list.
def f(xs: list[int]) -> int:
    t = 0
    for i in range(len(xs)):
        print("i", i, "len", len(xs))
        t += xs[i]
        if i == 0:
            xs.pop()
    return t

print(f([5]))
print(f([1, 2, 3]))
