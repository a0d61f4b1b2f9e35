# Unpacking ten elements into names.
xs = list(range(10))
a, b, c, d, e, f, g, h, i, j = xs
print(a, b, c, d, e, f, g, h, i, j)
a, b, c, d, e, f, g, h, i, j = "abcdefghij"
print(j, i, h, g, f, e, d, c, b, a)
a, b, c, d, e, f, g, h, i, j = [x * 1.5 for x in range(10)]
print(a + j, e, f)
a, b, c, d, e, f, g, h, i, j = range(10, 0, -1)
print(a, j, a + b + c + d + e + f + g + h + i + j)
t = tuple(str(x) for x in range(10))
a, b, c, d, e, f, g, h, i, j = t
print("".join([j, a, e]))
def ten(xs: list[int]) -> int:
    a, b, c, d, e, f, g, h, i, j = xs
    return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10
print(ten(list(range(10))), ten([1] * 10))
a, *b, c, d, e, f, g, h, i, j = range(12)
print(a, b, c, j)
for a, b, c, d, e, f, g, h, i, j in [range(10), "0123456789"]:
    print(a, j)
