# Statements reuse the temporaries of earlier ones; each division or
# modulo by a literal must still use that statement's own constant.
def mix(n: int) -> int:
    t = 0
    for i in range(n):
        a = i // 3
        b = i % 7
        c = i // -4
        d = i % -5
        e = (i * 1000003) // 97
        f = (i - 50) % 9
        t += a * 1 + b * 10 + c * 100 + d * 1000 + e + f
    return t


print(mix(200), mix(0), mix(1))
x = 123456789
print(x // 10, x % 10, x // 7, x % 7, x // -3, x % -3, (x * x) // 11, (x * x) % 11)
y = -987
print(y // 2, y % 2, y // 5, y % 5, y // 100, y % 100)
big = 2**70 + 5
print(big // 3, big % 3, big // 2**40, big % 2**40)
