def count_primes(limit: int) -> int:
    count: int = 0
    for n in range(2, limit):
        is_p: bool = True
        d: int = 2
        while d * d <= n:
            if n % d == 0:
                is_p = False
                break
            d += 1
        if is_p:
            count += 1
    return count

print(count_primes(10), count_primes(100), count_primes(5000))
last = 0
for n in range(1000, 0, -1):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        if n > 1:
            last = n
            break
print(last)
