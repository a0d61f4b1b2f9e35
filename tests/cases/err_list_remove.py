xs = [1, 2, 1]
xs.remove(1)
print(xs)
xs.remove(3)
