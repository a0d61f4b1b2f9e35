def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for n in range(0, 31, 5):
    print("fib(" + str(n) + ") =", fib(n))
