print(min([3, 1]), min([], default=0))
print(min([]))
