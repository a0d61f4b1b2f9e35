f = frozenset([1])
print(f | {2})
f.add(2)
