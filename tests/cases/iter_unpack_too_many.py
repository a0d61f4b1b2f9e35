# Unpacking too many values raises ValueError.
a, b = [1, 2]
print(a, b)
pairs = [(1, 2), (3, 4), (5, 6, 7)]
for x, y in pairs:
    print(x, y)
