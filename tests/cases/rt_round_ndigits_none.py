# round(x, None) is round(x): an int, even for a float x.
print(round(2.5, None), round(3.5, None), round(-2.5, None), round(7, None))
nd = None
print(round(2.675, nd), round(True, nd))
y = round(0.5, None) + 1
print(y, type(y).__name__)
for n in [None, 1, 0, -1]:
    r = round(2.675, n)
    print(n, r, type(r).__name__)
for n in [None, 1, -1]:
    print(n, round(1234, n))
print(round(2.675, ndigits=None), round(2.675, ndigits=2))
