# Unpacking a non-iterable raises TypeError.
vals = [(1, 2), 3]
for v in vals:
    a, b = v
    print(a, b)
