xs = list(range(4))
print(xs[-4])
i = -5
print(xs[i])
