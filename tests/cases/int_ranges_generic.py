# Values whose ranges the compiler can bound, mixed with ones it cannot.
def walk(n: int) -> int:
    acc = 0
    x = 12345
    big = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        acc = (acc + x // 65536 + i % 7) % 1000000007
        big = big * 3 + (x & 255) - (x >> 20)
        if i % 25 == 0:
            print(i, x, acc, big % 1000, big > 2 ** 64)
    return acc + big % 97

print(walk(120))
y = -7
for k in range(5):
    y = y * -3 + k
    print(y % 5, y // 4, y & 15, y >> 2, -y, ~y)
