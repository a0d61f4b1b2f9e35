def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def sum_to(n):
    if n <= 0:
        return 0
    return n + sum_to(n - 1)

print(depth(900))
print(sum_to(900))
print(depth(10), sum_to(1))

def countdown(n):
    if n % 300 == 0:
        print("at", n)
    if n > 0:
        countdown(n - 1)

countdown(900)
