def modpow(b: int, e: int, m: int) -> int:
    return pow(b, e, m)

print(pow(2, 10, 7), modpow(3, 100, 13))
print(modpow(2, 10, 0))
