d = {i: i * i for i in range(5)}
del d[2]
print(d)
del d[2]
