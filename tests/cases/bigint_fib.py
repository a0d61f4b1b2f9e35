def fib(n: int) -> int:
    a: int = 0
    b: int = 1
    for i in range(n):
        a, b = b, a + b
    return a

print(fib(90))
print(fib(92), fib(93), fib(94))
print(fib(300))
print(fib(1000))
n = 0
while fib(n) < 2 ** 64:
    n += 1
print(n, fib(n))
