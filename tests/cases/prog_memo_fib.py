memo = {0: 0, 1: 1}
calls = 0

def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    v = fib(n - 1) + fib(n - 2)
    memo[n] = v
    return v

print(fib(10), calls, len(memo))
print(fib(90), calls, len(memo))
print(fib(300))
print(calls, list(memo)[:12])
print([memo[k] for k in range(15)])
cache = {}

def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in cache:
        cache[key] = partitions(n - k, k) + partitions(n, k - 1)
    return cache[key]

print([partitions(n, n) for n in range(15)])
print(partitions(100, 100), len(cache))
def collatz_len(n, memo2={1: 1}):
    if n not in memo2:
        memo2[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo2[n]
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
