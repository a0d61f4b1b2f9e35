xs = [(1, "a"), (1, 2)]
print(xs)
xs.sort()
