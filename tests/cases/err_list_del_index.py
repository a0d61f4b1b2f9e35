xs = ["a", "b"]
del xs[1]
print(xs)
del xs[1]
