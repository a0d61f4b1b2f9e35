xs = [1]
xs.insert(0, 0)
print(xs)
xs.insert(1)
