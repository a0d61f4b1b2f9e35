a = b = c = 7
print(a, b, c)
b += 1
print(a, b, c)
x = y = "shared"
y += "!"
print(x, y)
i = j = 2 ** 65
j -= 1
print(i, j)
def f():
    p = q = 0.5
    q *= 4
    return p + q
print(f())
