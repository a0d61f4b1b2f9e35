# enumerate of a non-iterable raises TypeError.
print(list(enumerate([1, 2], 3)))
n = 42
for i, x in enumerate(n):
    print(i, x)
