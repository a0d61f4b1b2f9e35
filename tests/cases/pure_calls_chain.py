def sq(x: int) -> int:
    return x * x

def sum_sq(n: int) -> int:
    s = 0
    for i in range(n):
        s += sq(i)
    return s

def tower(k: int) -> int:
    v = 2
    for _ in range(k):
        v = sq(v)
    return v

def countdown(n: int) -> int:
    c = 0
    while n > 0:
        n -= 3
        c += 1
    return c

print(sum_sq(10), sum_sq(1000), sum_sq(100000))
for k in range(8):
    print(k, tower(k))
print(countdown(10), countdown(-5), countdown(10 ** 6), countdown(2 ** 20))
