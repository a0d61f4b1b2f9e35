# Bigint arithmetic and printing: factorials and large Fibonacci numbers,
# printed in full (each stays under CPython's 4300-digit int-to-str limit).
def fact(n: int) -> int:
    r: int = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n: int) -> int:
    a: int = 0
    b: int = 1
    for i in range(n):
        a, b = b, a + b
    return a


def digit_sum(n: int) -> int:
    s: int = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


check: int = 0
digits: int = 0
for rep in range(400):
    f: int = fact(1000 + rep)
    g: int = fib(15000 + rep)
    check = (check + f % 1000000007 + g % 998244353) % 1000000009
    digits += len(str(f)) + len(str(g))
print(fact(500))
print(fib(5000))
print(digit_sum(fact(600)))
print(check, digits)
