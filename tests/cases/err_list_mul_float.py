print([0] * 3)
print([0] * 2.0)
