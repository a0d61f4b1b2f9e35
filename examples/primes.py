def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d: int = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit: int) -> int:
    count: int = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


N: int = 100000
print("primes below", N, "=", count_primes(N))
