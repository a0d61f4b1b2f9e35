# range() with a zero step raises ValueError.
print([i for i in range(0, 6, 2)])
step = 0
print([i for i in range(0, 6, step)])
