print(list(range(0, 10, 5)))
r = range(1, 10, 0)
