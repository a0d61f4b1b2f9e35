def f(x: int) -> int:
    return x // 65536 + x % 2147483648 + x // 7 + x % 7 + x % 1000000007 + x // 1000

def g(x: int) -> int:
    return (x // 1) + (x % 1) + (x // 2) + (x % 2) + x // 3 - x % 3

def show(x):
    print(x, f(x), g(x))

show(0)
show(1)
show(-1)
show(6)
show(-6)
show(7)
show(-7)
show(8)
show(-8)
show(65535)
show(65536)
show(-65536)
show(-65537)
show(2 ** 31)
show(-(2 ** 31) - 5)
show(10 ** 18)
show(-(10 ** 18) - 3)
show(2 ** 62 - 1)
show(-(2 ** 62))
show(2 ** 62)
show(-(2 ** 62) - 1)
show(2 ** 63 + 11)
show(-(2 ** 70) - 1)
for x in range(-20, 21, 3):
    show(x)
