def collatz_len(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = 0
best_n = 0
for n in range(1, 3000):
    c = collatz_len(n)
    if c > best:
        best = c
        best_n = n
print(best_n, best)
print(collatz_len(27), collatz_len(1), collatz_len(97))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(1071, 462), gcd(0, 5), gcd(5, 0), gcd(-12, 18), gcd(12, -18))
