xs = [0, 0, 0]
xs[2] = 1
print(xs)
xs[3] = 1
