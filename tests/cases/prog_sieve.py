def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if is_p[k]]

primes = sieve(200)
print(primes)
print(len(primes), sum(primes), primes[-1])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(gaps)
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
pset = set(primes)
gold = {}
for n in range(4, 60, 2):
    for p in primes:
        if n - p in pset:
            gold[n] = (p, n - p)
            break
print(gold)
big = sieve(20000)
print(len(big), big[-5:])
