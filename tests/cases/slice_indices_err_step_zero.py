s = slice(1, 5, 0)
print(s.indices(10))
