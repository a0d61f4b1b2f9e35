xs = [10, 20]
print(xs[1])
print(xs["1"])
