def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True

for n in range(10, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for i in range(0):
    print("never")
else:
    print("empty loop else")
print(is_prime(97), is_prime(1), is_prime(2), is_prime(91))
