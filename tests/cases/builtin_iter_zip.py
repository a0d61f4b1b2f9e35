print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1, 2])), list(zip([], [1])))
print(list(zip(range(5), "ab", (True, False, None))))
names = ["ann", "bob", "cy"]
ages = [31, 25]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)), dict(zip("abc", range(3))))
m = [[1, 2, 3], [4, 5, 6]]
cols = list(zip(m[0], m[1]))
print(cols)
xs = [1, 2, 3, 4]
print([b - a for a, b in zip(xs, xs[1:])])
print(list(zip(xs[::2], xs[1::2])))
print(list(zip({"k": 1, "j": 2}, {"k": 1, "j": 2}.values())))
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
print(list(zip([1, 2, 3], [4, 5, 6], strict=True)))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
