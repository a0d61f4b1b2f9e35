# Pure int functions that leave the machine-int range must still give exact results.
def fact(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        r = r * i
    return r

def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def square(x: int) -> int:
    return x * x

for k in range(0, 40, 3):
    print(k, fact(k), fib(k * 3))
for k in range(30):
    print(fact(25 + k) % 1000003, end=" ")
print()
print(square(3037000499), square(3037000500), square(-3037000500))
print(square(2 ** 62), square(-(2 ** 62) - 1), square(2 ** 40))
