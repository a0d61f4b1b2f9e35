r = range(0, 10, 3)
print(r[3], len(r))
print(r[4])
