def fact(n: int) -> int:
    r: int = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

for n in range(18, 23):
    print(n, fact(n))
print(fact(50))
print(fact(100))
print(fact_rec(30) == fact(30), fact_rec(0), fact(0))
print(fact(25) // fact(23), fact(40) % 1000007)
print(len(str(fact(500))))
